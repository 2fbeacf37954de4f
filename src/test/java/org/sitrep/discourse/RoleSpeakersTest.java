package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named only by a role or a state, on hand-built articles with the real dictionaries. */
class RoleSpeakersTest {
  private static List<String> speakerCodes(DiscourseDraft d) {
    return QuoteAttributor.quotes(d, QuoteAttributor.attribute(d)).stream()
        .map(q -> q.speakerCode().map(c -> c.value()).orElse("none"))
        .toList();
  }

  @Test
  void theTitleSaidAfterANamedHolderIsThatHolder() {
    DiscourseDraft d =
        discourse(
            "President Joe Biden ordered strikes on Yemen. A Houthi spokesman spoke. The"
                + " president said “we will use force.”",
            "President/NNP Joe/NNP/PERSON Biden/NNP/PERSON ordered/VBD/O/order strikes/NNS on/IN"
                + " Yemen/NNP/LOCATION .",
            "A/DT Houthi/NNP/ORGANIZATION spokesman/NN spoke/VBD/O/speak .",
            "The/DT president/NN said/VBD/O/say “ we/PRP will/MD use/VB force/NN . ”");

    assertThat(speakerCodes(d)).containsExactly("USAGOV");
  }

  @Test
  void aBareInstitutionIsTheStorysOwn() {
    DiscourseDraft d =
        discourse(
            "Somalia's army fought al Shabaab in Somalia. The ministry said “this is cowardly.”",
            "Somalia/NNP/LOCATION 's/POS army/NN fought/VBD/O/fight al/NNP/ORGANIZATION"
                + " Shabaab/NNP/ORGANIZATION in/IN Somalia/NNP/LOCATION .",
            "The/DT ministry/NN said/VBD/O/say “ this/DT is/VBZ cowardly/JJ . ”");

    assertThat(speakerCodes(d)).containsExactly("SOMGOV");
  }

  @Test
  void aStateSpeaksThroughItsGovernment() {
    DiscourseDraft d =
        discourse(
            "Bangkok said “we are prepared to act.”",
            "Bangkok/NNP/LOCATION said/VBD/O/say “ we/PRP are/VBP prepared/JJ to/TO act/VB . ”");

    assertThat(speakerCodes(d)).containsExactly("THAGOV");
  }
}
