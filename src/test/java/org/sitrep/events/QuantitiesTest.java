package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.model.Quantity;

class QuantitiesTest {

  /** A sentence from "word/TAG/NER/number" items; "-" for none. */
  private static AnnotatedSentence sentence(String... items) {
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      String[] p = item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      Optional<String> number = p[3].equals("-") ? Optional.empty() : Optional.of(p[3]);
      words.add(new Word(p[0], start, text.length(), p[1], p[0], p[2], Optional.empty(), number));
    }
    return new AnnotatedSentence(0, text.toString(), 0, text.length(), words);
  }

  @Test
  void aCountAfterTheVerbMeasuresTheEvent() {
    AnnotatedSentence s =
        sentence(
            "Russia/NNP/O/-",
            "fired/VBD/O/-",
            "145/CD/NUMBER/145.0",
            "drones/NNS/O/-",
            "at/IN/O/-",
            "Ukraine/NNP/LOCATION/-");
    assertThat(Quantities.of(s, 1)).contains(new Quantity(145, "drones", "145 drones"));
  }

  @Test
  void moneyTakesItsCurrencyAsUnit() {
    AnnotatedSentence s =
        sentence(
            "using/VBG/O/-",
            "the/DT/O/-",
            "remaining/VBG/O/-",
            "$/$/MONEY/$6.0E9",
            "6/CD/MONEY/$6.0E9",
            "billion/CD/MONEY/$6.0E9");
    assertThat(Quantities.of(s, 0)).contains(new Quantity(6.0e9, "USD", "$ 6 billion"));
  }

  @Test
  void durationsAreNoQuantity() {
    AnnotatedSentence s =
        sentence("fighting/VBG/O/-", "lasted/VBD/O/-", "12/CD/NUMBER/12.0", "days/NNS/O/-");
    assertThat(Quantities.of(s, 1)).isEmpty();
  }

  @Test
  void aCountFarFromTheVerbIsNotItsQuantity() {
    AnnotatedSentence s =
        sentence(
            "Ukraine/NNP/O/-",
            "protested/VBD/O/-",
            "a/DT/O/-",
            "b/NN/O/-",
            "c/NN/O/-",
            "d/NN/O/-",
            "e/NN/O/-",
            "f/NN/O/-",
            "g/NN/O/-",
            "h/NN/O/-",
            "i/NN/O/-",
            "30/CD/NUMBER/30.0",
            "tanks/NNS/O/-");
    assertThat(Quantities.of(s, 1)).isEmpty();
  }

  @Test
  void anApproximateCountKeepsItsApproximation() {
    AnnotatedSentence s =
        sentence(
            "fighters/NNS/O/-",
            "detained/VBD/O/-",
            "more/JJR/O/-",
            "than/IN/O/-",
            "1,000/CD/NUMBER/>1000.0",
            "civilians/NNS/O/-");
    assertThat(Quantities.of(s, 1))
        .contains(new Quantity(1000, "civilians", "more than 1,000 civilians"));
  }

  @Test
  void aCountSkipsTheAdjectivesBeforeWhatItCounts() {
    AnnotatedSentence s =
        sentence(
            "Hamas/NNP/ORGANIZATION/-",
            "freed/VBD/O/-",
            "the/DT/O/-",
            "last/JJ/O/-",
            "20/CD/NUMBER/20.0",
            "living/VBG/O/-",
            "Israeli/JJ/MISC/-",
            "hostages/NNS/O/-");
    assertThat(Quantities.of(s, 1)).contains(new Quantity(20, "hostages", "20 hostages"));
  }

  @Test
  void aPercentageMeasuresATariff() {
    AnnotatedSentence s =
        sentence(
            "Washington/NNP/LOCATION/-",
            "imposed/VBD/O/-",
            "a/DT/O/-",
            "145/CD/PERCENT/%145.0",
            "%/NN/PERCENT/%145.0",
            "tariff/NN/O/-");
    assertThat(Quantities.of(s, 1)).contains(new Quantity(145, "%", "145%"));
  }

  /** "Putin said on Thursday that the strike, which involved 90 missiles, hit energy sites". */
  private static AnnotatedSentence strikeToldAwayFromItsVerb() {
    return sentence(
        "Putin/NNP/PERSON/-",
        "said/VBD/O/-",
        "on/IN/O/-",
        "Thursday/NNP/DATE/-",
        "that/IN/O/-",
        "the/DT/O/-",
        "strike/NN/O/-",
        ",/,/O/-",
        "which/WDT/O/-",
        "involved/VBD/O/-",
        "90/CD/NUMBER/90.0",
        "missiles/NNS/O/-",
        ",/,/O/-",
        "hit/VBD/O/-",
        "energy/NN/O/-",
        "sites/NNS/O/-");
  }

  @Test
  void anAttackToldAwayFromItsVerbTakesTheSentencesWeaponCount() {
    assertThat(Quantities.of(strikeToldAwayFromItsVerb(), 1, "19"))
        .contains(new Quantity(90, "missiles", "90 missiles"));
  }

  @Test
  void onlyFightingTakesAWeaponCountFromAfar() {
    assertThat(Quantities.of(strikeToldAwayFromItsVerb(), 1, "11")).isEmpty();
    AnnotatedSentence s =
        sentence(
            "Kyiv/NNP/LOCATION/-",
            "said/VBD/O/-",
            "Russia/NNP/LOCATION/-",
            "attacked/VBD/O/-",
            "on/IN/O/-",
            "a/DT/O/-",
            "day/NN/O/-",
            "when/WRB/O/-",
            "its/PRP$/O/-",
            "envoys/NNS/O/-",
            "met/VBD/O/-",
            "12/CD/NUMBER/12.0",
            "diplomats/NNS/O/-");
    assertThat(Quantities.of(s, 1, "19")).isEmpty();
  }
}
