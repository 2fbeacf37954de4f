package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;
import static org.sitrep.discourse.HandBuilt.mention;

import org.junit.jupiter.api.Test;

/**
 * Mentions of organisations and groups, on hand-tagged sentences: which words make one mention and
 * which code the whole phrase gets.
 */
class MentionFinderTest {

  private static String code(String text, String tokens, String mention) {
    return mention(discourse(text, tokens), 0, mention).code().orElse("");
  }

  @Test
  void aCountrysMissionToTheUnIsThatCountryNotTheUn() {
    assertThat(
            code(
                "Russia's mission to the UN condemned the strike.",
                "Russia/NNP/LOCATION 's/POS mission/NN to/TO the/DT UN/NNP/ORGANIZATION"
                    + " condemned/VBD/O/condemn the/DT strike/NN .",
                "Russia's mission to the UN"))
        .isEqualTo("RUSGOV");
    assertThat(
            code(
                "Russia's UN ambassador condemned the strike.",
                "Russia/NNP/LOCATION 's/POS UN/NNP/ORGANIZATION ambassador/NN"
                    + " condemned/VBD/O/condemn the/DT strike/NN .",
                "Russia's UN ambassador"))
        .isEqualTo("RUSGOV");
  }

  @Test
  void anInstitutionNamedAfterItsCountryIsThatInstitution() {
    assertThat(
            code(
                "Russia's FSB detained two men.",
                "Russia/NNP/LOCATION 's/POS FSB/NNP/ORGANIZATION detained/VBD/O/detain two/CD"
                    + " men/NNS .",
                "Russia's FSB"))
        .isEqualTo("RUSSPY");
    assertThat(
            code(
                "Ukraine's security service said it foiled a plot.",
                "Ukraine/NNP/LOCATION 's/POS security/NN service/NN said/VBD/O/say it/PRP"
                    + " foiled/VBD/O/foil a/DT plot/NN .",
                "Ukraine's security service"))
        .isEqualTo("UKRSPY");
    assertThat(
            code(
                "The prosecutor's office charged him.",
                "The/DT prosecutor/NN 's/POS office/NN charged/VBD/O/charge him/PRP .",
                "prosecutor's office"))
        .isEqualTo("---JUD");
  }

  @Test
  void groupNounsMakeOneMentionWithTheirCountry() {
    assertThat(
            code(
                "Thousands of Serbs marched in Belgrade.",
                "Thousands/NNS of/IN Serbs/NNPS marched/VBD/O/march in/IN"
                    + " Belgrade/NNP/LOCATION .",
                "Thousands of Serbs"))
        .isEqualTo("SRBCVL");
    assertThat(
            code(
                "Georgian demonstrators blocked the avenue.",
                "Georgian/JJ demonstrators/NNS blocked/VBD/O/block the/DT avenue/NN .",
                "Georgian demonstrators"))
        .isEqualTo("GEOCVL");
    assertThat(
            code(
                "Israeli forces struck Gaza.",
                "Israeli/JJ forces/NNS struck/VBD/O/strike Gaza/NNP/LOCATION .",
                "Israeli forces"))
        .isEqualTo("ISRMIL");
    assertThat(
            code(
                "Protesters blocked roads.",
                "Protesters/NNS blocked/VBD/O/block roads/NNS .",
                "Protesters"))
        .isEqualTo("---CVL");
  }

  @Test
  void aRoleAfterAdjectivesStaysWithItsCountry() {
    assertThat(
            code(
                "Thailand's acting prime minister arrived.",
                "Thailand/NNP/LOCATION 's/POS acting/VBG prime/JJ minister/NN arrived/VBD/O/arrive .",
                "Thailand's acting prime minister"))
        .isEqualTo("THAGOV");
  }

  @Test
  void aSponsorOrANamedActorAfterAParticipleIsAMentionOfItsOwn() {
    DiscourseDraft sponsored =
        discourse(
            "Iran-backed militia fired rockets.",
            "Iran/NNP/LOCATION -/HYPH backed/VBN militia/NN fired/VBD/O/fire rockets/NNS .");
    assertThat(sponsored.mentions(0))
        .extracting(Mention::text)
        .doesNotContain("Iran-backed militia");

    DiscourseDraft saying =
        discourse(
            "Aliyev saying Trump had done a miracle.",
            "Aliyev/NNP/PERSON saying/VBG/O/say Trump/NNP/PERSON had/VBD done/VBN a/DT"
                + " miracle/NN .");
    assertThat(saying.mentions(0)).extracting(Mention::text).contains("Aliyev", "Trump");
  }
}
