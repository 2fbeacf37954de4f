package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** Talks between two named parties are told once, from the party named first. */
class MutualTalksTest {
  private static Located event(String source, int sourceAt, String target, String code) {
    return new Located(
        ActorCode.of(source), ActorCode.of(target), CameoCode.of(code), 9, sourceAt, 5, "", "");
  }

  private static Map<String, Located> told(Located... events) {
    Map<String, Located> located = new LinkedHashMap<>();
    for (Located e : events) {
      located.put(e.dyadKey(), e);
    }
    MutualTalks.tellOnce(located);
    return located;
  }

  @Test
  void talksOfTwoNamedPartiesAreCodedFromTheFirst() {
    Map<String, Located> left =
        told(event("KORGOV", 3, "JPNGOV", "040"), event("JPNGOV", 0, "KORGOV", "040"));

    assertThat(left.values()).containsExactly(event("JPNGOV", 0, "KORGOV", "040"));
  }

  @Test
  void aVisitAndItsHostingStayTwoEvents() {
    Map<String, Located> left =
        told(event("USAGOV", 0, "RUSGOV", "043"), event("RUSGOV", 2, "USAGOV", "042"));

    assertThat(left).hasSize(2);
  }

  @Test
  void partiesOfOnePhraseKeepBothDirections() {
    Map<String, Located> left =
        told(event("INDGOV", 1, "CHNGOV", "040"), event("CHNGOV", 1, "INDGOV", "040"));

    assertThat(left).hasSize(2);
  }

  @Test
  void fightingIsNoTalk() {
    Map<String, Located> left =
        told(event("THAMIL", 0, "KHMMIL", "190"), event("KHMMIL", 2, "THAMIL", "190"));

    assertThat(left).hasSize(2);
  }

  @Test
  void aPactOfThreeNamedPartiesIsToldFromTheFirst() {
    Map<String, Located> left =
        told(
            event("QAT", 4, "USAGOV", "057"),
            event("USAGOV", 0, "QAT", "057"),
            event("USAGOV", 0, "TUR", "057"),
            event("TUR", 6, "QAT", "057"),
            event("TUR", 6, "USAGOV", "057"));

    assertThat(left.values())
        .containsExactlyInAnyOrder(
            event("USAGOV", 0, "QAT", "057"), event("USAGOV", 0, "TUR", "057"));
  }

  @Test
  void aPactOfOnePhrasesPartiesIsToldFromTheFirstNamed() {
    // "the three Sahel states": the phrase's parties come in the order the article named them
    Map<String, Located> left =
        told(
            event("MLI", 2, "BFA", "057"),
            event("MLI", 2, "NER", "057"),
            event("BFA", 2, "MLI", "057"),
            event("BFA", 2, "NER", "057"),
            event("NER", 2, "MLI", "057"),
            event("NER", 2, "BFA", "057"));

    assertThat(left.values())
        .containsExactlyInAnyOrder(event("MLI", 2, "BFA", "057"), event("MLI", 2, "NER", "057"));
  }

  @Test
  void coSubjectsSigningWithAPartyNamedApartEachSign() {
    Map<String, Located> left =
        told(
            event("EGY", 0, "USA", "057"),
            event("QAT", 2, "USA", "057"),
            event("TUR", 4, "USA", "057"));

    assertThat(left).hasSize(3);
  }
}
