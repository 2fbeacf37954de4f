package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Word;

class EvaluationsTest {
  private static List<Word> words(String sentence) {
    List<Word> out = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      out.add(new Word(w, 0, 0, "NN", w, "O", Optional.empty(), Optional.empty()));
    }
    return out;
  }

  @Test
  void describingSomethingAsGoodIsPraise() {
    assertThat(Evaluations.recode(words("Zelenskyy described the call as excellent"), 1))
        .contains("051");
  }

  @Test
  void callingSomethingIllegalAsItsPredicateIsCriticism() {
    assertThat(Evaluations.recode(words("Moscow described the sanctions as illegal"), 1))
        .contains("111");
  }

  @Test
  void sayingThingsLookGoodIsAnOptimisticComment() {
    assertThat(Evaluations.recode(words("Peskov said the signals are positive"), 1))
        .contains("013");
  }

  @Test
  void sayingThingsLookBadIsAPessimisticComment() {
    assertThat(Evaluations.recode(words("Kyiv said the situation was dangerous"), 1))
        .contains("012");
  }

  @Test
  void sayingOneIsAlarmedIsAPessimisticCommentEvenAsAVerdict() {
    assertThat(Evaluations.recode(words("Guterres said he was gravely alarmed by the strikes"), 1))
        .contains("012");
    assertThat(Evaluations.recode(words("Berlin described the arrests as worrying"), 1))
        .contains("012");
  }

  @Test
  void aStatementWithoutEvaluationHasNoCode() {
    assertThat(Evaluations.recode(words("Lavrov said the talks would resume"), 1)).isEmpty();
  }

  @Test
  void wordsBeforeTheVerbDoNotCount() {
    assertThat(Evaluations.recode(words("An excellent day Lavrov said nothing"), 4)).isEmpty();
  }
}
