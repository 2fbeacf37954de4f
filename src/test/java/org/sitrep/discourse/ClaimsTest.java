package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;
import static org.sitrep.discourse.HandBuilt.resolveAll;
import static org.sitrep.discourse.HandBuilt.wordIndex;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who claims an event, on hand-built articles: the quote's speaker, "according to X", "X said". */
class ClaimsTest {

  @Test
  void claimsEveryEventOfASentenceForTheSourceAfterAccordingTo() {
    DiscourseDraft d =
        discourse(
            "According to Kyiv, Russia attacked Ukraine and Belarus threatened Poland.",
            "According/VBG to/TO Kyiv/NNP/LOCATION , Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION"
                + " and/CC Belarus/NNP/LOCATION threatened/VBD Poland/NNP/LOCATION .");

    assertThat(claimant(d, 0, "attacked")).hasValue("Kyiv");
    assertThat(claimant(d, 0, "threatened")).hasValue("Kyiv");
  }

  @Test
  void claimsAnEventForTheSpeakerOfATrailingSaid() {
    DiscourseDraft d =
        discourse(
            "Russia attacked Ukraine overnight, Zelenskyy said.",
            "Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION overnight/RB , Zelenskyy/NNP/PERSON said/VBD .");

    assertThat(claimant(d, 0, "attacked")).hasValue("Zelenskyy");
  }

  @Test
  void claimsAnEventForTheSpeakerAfterATrailingVerbFirstSaid() {
    DiscourseDraft d =
        discourse(
            "Russia attacked Ukraine overnight, said Zelenskyy.",
            "Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION overnight/RB , said/VBD Zelenskyy/NNP/PERSON .");

    assertThat(claimant(d, 0, "attacked")).hasValue("Zelenskyy");
  }

  @Test
  void claimsAnEventForTheSubjectOfTheSpeechVerbBeforeIt() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy said Russia attacked Ukraine overnight.",
            "Zelenskyy/NNP/PERSON said/VBD Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION overnight/RB .");

    assertThat(claimant(d, 0, "attacked")).hasValue("Zelenskyy");
  }

  @Test
  void doesNotClaimTheEventOfTheSpeechVerbItself() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy said Russia attacked Ukraine overnight.",
            "Zelenskyy/NNP/PERSON said/VBD Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION overnight/RB .");

    assertThat(claimant(d, 0, "said")).isEmpty();
  }

  @Test
  void claimsAnEventInsideAQuoteForTheQuotesSpeaker() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy said, “Moscow wants war.” “Russia attacked Kyiv again.”",
            "Zelenskyy/NNP/PERSON said/VBD , “ Moscow/NNP/LOCATION wants/VBZ/O/want war/NN . ”",
            "“ Russia/NNP/LOCATION attacked/VBD Kyiv/NNP/LOCATION again/RB . ”");

    assertThat(claimant(d, 1, "attacked")).hasValue("Zelenskyy");
  }

  @Test
  void claimsAnEventInsideAQuoteForItsSpeakerEvenWhenTheSentenceNamesAnother() {
    DiscourseDraft d =
        discourse(
            "“Russia attacked Kyiv again,” Zelenskyy told Biden.",
            "“ Russia/NNP/LOCATION attacked/VBD Kyiv/NNP/LOCATION again/RB , ” Zelenskyy/NNP/PERSON told/VBD"
                + " Biden/NNP/PERSON .");

    assertThat(claimant(d, 0, "attacked")).hasValue("Zelenskyy");
  }

  @Test
  void doesNotClaimAnEventOfASentenceWithoutReporting() {
    DiscourseDraft d =
        discourse(
            "Russia attacked Ukraine overnight.",
            "Russia/NNP/LOCATION attacked/VBD Ukraine/NNP/LOCATION overnight/RB .");

    assertThat(claimant(d, 0, "attacked")).isEmpty();
  }

  @Test
  void doesNotTakeAccordingToInsideAQuoteAsTheArticlesSource() {
    DiscourseDraft d =
        discourse(
            "“According to Moscow, Russia attacked nobody,” he joked.",
            "“ According/VBG to/TO Moscow/NNP/LOCATION , Russia/NNP/LOCATION attacked/VBD nobody/NN , ” he/PRP"
                + " joked/VBD/O/joke .");

    assertThat(claimant(d, 0, "attacked")).isEmpty();
  }

  private static Optional<String> claimant(DiscourseDraft d, int sentence, String verb) {
    List<QuoteAttributor.Attribution> attributions = resolveAll(d);
    return Claims.claimant(d, attributions, sentence, wordIndex(d, sentence, verb))
        .map(m -> m.resolved().text());
  }
}
