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

  @Test
  void aCountrysOfficialSetOffBeforeTheNameIsThatCountrysOfficial() {
    DiscourseDraft d =
        discourse(
            "Venezuela's communications minister, Freddy Ñáñez, said so.",
            "Venezuela/NNP/LOCATION 's/POS communications/NNS minister/NN , Freddy/NNP/PERSON"
                + " Ñáñez/NNP/PERSON , said/VBD/O/say so/RB .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 0, "Freddy Ñáñez")).isEqualTo("VENGOV");
  }

  @Test
  void aBodysSpokesmanNamedWithoutACommaSpeaksForTheBody() {
    DiscourseDraft d =
        discourse(
            "State Department spokesman Matthew Miller wrote on X.",
            "State/NNP/ORGANIZATION Department/NNP/ORGANIZATION spokesman/NN Matthew/NNP/PERSON"
                + " Miller/NNP/PERSON wrote/VBD/O/write on/IN X/NNP .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 0, "Matthew Miller")).isEqualTo("USAGOV");
  }

  @Test
  void theHeadOfABodyTakesTheBodysCode() {
    DiscourseDraft d =
        discourse(
            "The head of UN peacekeeping, Jean-Pierre Lacroix, spoke.",
            "The/DT head/NN of/IN UN/NNP/ORGANIZATION peacekeeping/NN , Jean-Pierre/NNP/PERSON"
                + " Lacroix/NNP/PERSON , spoke/VBD/O/speak .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 0, "Jean-Pierre Lacroix")).isEqualTo("IGOUNO");
  }

  @Test
  void aCommanderOfAForceWithoutCountryIsOfTheStorysCountry() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police. Kenya trained them. Jomo Kiprono, the commander of the army,"
                + " spoke.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN .",
            "Kenya/NNP/LOCATION trained/VBD/O/train them/PRP .",
            "Jomo/NNP/PERSON Kiprono/NNP/PERSON , the/DT commander/NN of/IN the/DT army/NN ,"
                + " spoke/VBD/O/speak .");
    PersonDescriptions.resolve(d);

    assertThat(code(d, 2, "Jomo Kiprono")).isEqualTo("KENMIL");
  }

  @Test
  void aNameAlreadyGivenInFullIsNotRedescribed() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police. President Jomo Kiprono spoke. Kiprono, a former prosecutor,"
                + " left.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN .",
            "President/NNP Jomo/NNP/PERSON Kiprono/NNP/PERSON spoke/VBD/O/speak .",
            "Kiprono/NNP/PERSON , a/DT former/JJ prosecutor/NN , left/VBD/O/leave .");
    PersonDescriptions.resolve(d);
    NameResolver.resolve(d);

    assertThat(code(d, 2, "Kiprono")).isEqualTo("KENGOV");
  }
}
