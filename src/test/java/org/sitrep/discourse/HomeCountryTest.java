package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;

import org.junit.jupiter.api.Test;

/** The country a story is about: the one it names most, or its dateline's when that is as named. */
class HomeCountryTest {

  @Test
  void aCountryNamedTwiceAsOftenAsAnyOtherIsHome() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police to Haiti. Kenya trained them.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN to/TO Haiti/NNP/LOCATION .",
            "Kenya/NNP/LOCATION trained/VBD/O/train them/PRP .");

    assertThat(HomeCountry.of(d)).hasValue("KEN");
  }

  @Test
  void withoutADominantCountryTheDatelinesCountryIsHomeWhenTheArticleNamesItAsOften() {
    DiscourseDraft d =
        discourse(
            "KINSHASA - Crowds attacked the embassy of Rwanda. Kinshasa blamed Rwanda. Kinshasa protested.",
            "KINSHASA/NNP/LOCATION -/: Crowds/NNS attacked/VBD/O/attack the/DT embassy/NN of/IN"
                + " Rwanda/NNP/LOCATION .",
            "Kinshasa/NNP/LOCATION blamed/VBD/O/blame Rwanda/NNP/LOCATION .",
            "Kinshasa/NNP/LOCATION protested/VBD/O/protest .");

    assertThat(HomeCountry.of(d)).hasValue("COD");
  }

  @Test
  void aDatelineWhereForeignersMeetIsNoHome() {
    DiscourseDraft d =
        discourse(
            "GENEVA - China and the United States met. China and the United States agreed.",
            "GENEVA/NNP/LOCATION -/: China/NNP/LOCATION and/CC the/DT United/NNP/LOCATION"
                + " States/NNP/LOCATION met/VBD/O/meet .",
            "China/NNP/LOCATION and/CC the/DT United/NNP/LOCATION States/NNP/LOCATION"
                + " agreed/VBD/O/agree .");

    assertThat(HomeCountry.of(d)).isEmpty();
  }

  @Test
  void pronounsDoNotCountOnlyWhatTheArticleNames() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police to Haiti. Kenya trained them. Haiti said it welcomed its help and its"
                + " plan.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN to/TO Haiti/NNP/LOCATION .",
            "Kenya/NNP/LOCATION trained/VBD/O/train them/PRP .",
            "Haiti/NNP/LOCATION said/VBD/O/say it/PRP welcomed/VBD/O/welcome its/PRP$ help/NN"
                + " and/CC its/PRP$ plan/NN .");
    PronounResolver.resolve(d);

    // named: Kenya twice, Haiti twice; the three pronouns that stand for Haiti do not tip it
    assertThat(HomeCountry.of(d)).isEmpty();
  }
}
