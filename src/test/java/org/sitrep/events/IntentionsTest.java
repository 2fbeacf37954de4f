package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Word;

class IntentionsTest {
  /** Words from "word/TAG" items. */
  private static List<Word> words(String sentence) {
    List<Word> out = new ArrayList<>();
    for (String item : sentence.split(" ")) {
      String[] p = item.split("/");
      out.add(new Word(p[0], 0, 0, p[1], p[0], "O", Optional.empty(), Optional.empty()));
    }
    return out;
  }

  @Test
  void readyToSpeakIsIntentToMeet() {
    List<Word> w = words("We/PRP are/VBP ready/JJ to/TO speak/VB to/IN Trump/NNP");
    assertThat(Intentions.code("040", w, 4)).isEqualTo("036");
  }

  @Test
  void willSendMilitaryAidIsIntentToProvideIt() {
    List<Word> w = words("Washington/NNP will/MD soon/RB send/VB military/JJ aid/NN");
    assertThat(Intentions.code("072", w, 3)).isEqualTo("0332");
  }

  @Test
  void aPlannedAttackIsAThreatOfForce() {
    List<Word> w = words("Russia/NNP plans/VBZ to/TO attack/VB Kharkiv/NNP");
    assertThat(Intentions.code("190", w, 3)).isEqualTo("138");
  }

  @Test
  void anActDoneIsCodedAsTheAct() {
    List<Word> w = words("Russia/NNP attacked/VBD Kharkiv/NNP");
    assertThat(Intentions.code("190", w, 1)).isEqualTo("190");
  }

  @Test
  void toAfterAWordOfNoIntentIsNoIntent() {
    List<Word> w = words("Russia/NNP went/VBD on/RP to/TO attack/VB Kharkiv/NNP");
    assertThat(Intentions.code("190", w, 4)).isEqualTo("190");
  }

  @Test
  void codesWithoutAnIntentCounterpartStay() {
    List<Word> w = words("Kyiv/NNP will/MD reject/VB the/DT plan/NN");
    assertThat(Intentions.code("120", w, 2)).isEqualTo("120");
  }

  @Test
  void aPatternMatchedOnTheWordOfIntentIsAnIntent() {
    List<Word> w = words("Washington/NNP is/VBZ determined/VBN to/TO support/VB Ukraine/NNP");
    assertThat(Intentions.code("051", w, 2)).isEqualTo("032");
  }

  @Test
  void agreeingToAnEventNounIsTheEventNotAnIntent() {
    List<Word> w = words("Thailand/NNP and/CC Cambodia/NNP agreed/VBD to/TO a/DT ceasefire/NN");
    assertThat(Intentions.code("0871", w, 3)).isEqualTo("0871");
    List<Word> v = words("Russia/NNP agreed/VBD to/TO exchange/VB prisoners/NNS");
    assertThat(Intentions.code("0841", v, 1)).isEqualTo("0353");
  }

  @Test
  void anActionToBeAvoidedIsRecognised() {
    List<Word> w =
        words("Trump/NNP urged/VBD Putin/NNP to/TO avoid/VB escalating/VBG the/DT conflict/NN");
    assertThat(Intentions.isAvoided(w, 5)).isTrue();
    assertThat(Intentions.isAvoided(w, 1)).isFalse();
  }

  @Test
  void refrainingFromAnActionIsRecognised() {
    List<Word> w = words("Israel/NNP refrained/VBD from/IN striking/VBG Iran/NNP");
    assertThat(Intentions.isAvoided(w, 3)).isTrue();
  }

  @Test
  void wouldInReportedSpeechIsIntent() {
    List<Word> w = words("China/NNP would/MD work/VB with/IN India/NNP");
    assertThat(Intentions.code("050", w, 2)).isEqualTo("032");
  }
}
