package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;
import static org.sitrep.discourse.HandBuilt.mention;

import org.junit.jupiter.api.Test;

/** People in no dictionary take the code of the description the article sets beside them. */
class PersonDescriptionsTest {

  private static String code(DiscourseDraft d, int sentence, String text) {
    return mention(d, sentence, text).resolved().code().orElse("?");
  }

  @Test
  void aDescriptionBeforeTheNameCodesThePersonAndLaterMentions() {
    DiscourseDraft d =
        discourse(
            "Thailand's acting prime minister, Arthit Phromma, arrived. Arthit spoke.",
            "Thailand/NNP/LOCATION 's/POS acting/VBG prime/JJ minister/NN , Arthit/NNP/PERSON"
                + " Phromma/NNP/PERSON , arrived/VBD/O/arrive .",
            "Arthit/NNP/PERSON spoke/VBD/O/speak .");
    PersonDescriptions.resolve(d);
    NameResolver.resolve(d);

    assertThat(code(d, 0, "Arthit Phromma")).isEqualTo("THAGOV");
    assertThat(code(d, 1, "Arthit")).isEqualTo("THAGOV");
  }

  @Test
  void aDescriptionAfterTheNameCodesThePerson() {
    DiscourseDraft d =
        discourse(
            "Amadou Abdramane, spokesman for Niger's ruling military council, spoke.",
            "Amadou/NNP/PERSON Abdramane/NNP/PERSON , spokesman/NN for/IN Niger/NNP/LOCATION"
                + " 's/POS ruling/NN military/JJ council/NN , spoke/VBD/O/speak .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 0, "Amadou Abdramane")).isEqualTo("NERMIL");
  }

  @Test
  void aNameBetweenCommasWithoutARoleTakesNothing() {
    DiscourseDraft d =
        discourse(
            "Amadou Abdramane, unlike Niger's ruling military council, spoke.",
            "Amadou/NNP/PERSON Abdramane/NNP/PERSON , unlike/IN Niger/NNP/LOCATION"
                + " 's/POS ruling/NN military/JJ council/NN , spoke/VBD/O/speak .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 0, "Amadou Abdramane")).isEqualTo("?");
  }

  @Test
  void aTitledPersonTakesTheCountryTheArticleIsAbout() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police. Kenya trained them. President Jomo Kiprono saw them off.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN .",
            "Kenya/NNP/LOCATION trained/VBD/O/train them/PRP .",
            "President/NNP Jomo/NNP/PERSON Kiprono/NNP/PERSON saw/VBD/O/see them/PRP off/RP .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 2, "President Jomo Kiprono")).isEqualTo("KENGOV");
  }

  @Test
  void aTitledPersonInAStoryOfTwoCountriesKeepsTheRoleAlone() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police to Haiti. President Jomo Kiprono saw them off.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN to/TO Haiti/NNP/LOCATION .",
            "President/NNP Jomo/NNP/PERSON Kiprono/NNP/PERSON saw/VBD/O/see them/PRP off/RP .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 1, "President Jomo Kiprono")).isEqualTo("---GOV");
  }
}
