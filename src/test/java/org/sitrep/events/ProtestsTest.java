package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Word;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class ProtestsTest {
  private static final List<Word> GATHERING =
      words("Hundreds/NNS of/IN protesters/NNS packed/VBD the/DT square/NN ,/, demanding/VBG");
  private static final List<Word> STATEMENT = words("Protesters/NNS demanded/VBD elections/NNS");

  private static List<Word> words(String tagged) {
    List<Word> out = new ArrayList<>();
    for (String token : tagged.split(" ")) {
      String[] p = token.split("/");
      out.add(new Word(p[0], 0, 0, p[1], p[0], "O", Optional.empty(), Optional.empty()));
    }
    return out;
  }

  private static String recode(String code, String sourceText, List<Word> words) {
    Located demand =
        new Located(
            ActorCode.of("LBYCVL"),
            ActorCode.of("LBYGOV"),
            CameoCode.of(code),
            words.size() - 1,
            0,
            -1,
            sourceText,
            "the prime minister");
    return Protests.recode(demand, words).code().value();
  }

  @Test
  void aCrowdDemandingAsItGathersIsDemonstratingForTheSameAim() {
    assertThat(recode("100", "Hundreds of protesters", GATHERING)).isEqualTo("141");
    assertThat(recode("1041", "the demonstrators", GATHERING)).isEqualTo("1411");
  }

  @Test
  void aStatedDemandAnyoneElsesDemandOrACrowdsOtherActsStayAsCoded() {
    assertThat(recode("100", "Protesters", STATEMENT)).isEqualTo("100");
    assertThat(recode("100", "the opposition leader", GATHERING)).isEqualTo("100");
    assertThat(recode("111", "Hundreds of protesters", GATHERING)).isEqualTo("111");
  }
}
