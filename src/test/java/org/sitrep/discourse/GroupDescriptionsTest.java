package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;

import org.junit.jupiter.api.Test;

/** "The militia", "the ministry", "the junta" point back at the party the article named. */
class GroupDescriptionsTest {

  @Test
  void theMinistryIsTheMinistryNamedBeforeNotTheLatestOfficial() {
    DiscourseDraft d =
        discourse(
            "Russia's foreign ministry summoned the German ambassador. The ministry accused Berlin.",
            "Russia/NNP/LOCATION 's/POS foreign/JJ ministry/NN/O/ministry summoned/VBD/O/summon"
                + " the/DT German/JJ/MISC ambassador/NN .",
            "The/DT ministry/NN/O/ministry accused/VBD/O/accuse Berlin/NNP/LOCATION .");
    GroupDescriptions.resolve(d);

    assertThat(HandBuilt.mention(d, 1, "ministry").resolved().code()).hasValue("RUSGOV");
  }

  @Test
  void theMilitiaIsTheArmedGroupNamedBefore() {
    DiscourseDraft d =
        discourse(
            "Hezbollah fired rockets at Israel. The militia said the barrage hit a base.",
            "Hezbollah/NNP/ORGANIZATION fired/VBD/O/fire rockets/NNS/O/rocket at/IN"
                + " Israel/NNP/LOCATION .",
            "The/DT militia/NN/O/militia said/VBD/O/say the/DT barrage/NN hit/VBD/O/hit a/DT"
                + " base/NN .");
    GroupDescriptions.resolve(d);

    assertThat(HandBuilt.mention(d, 1, "militia").resolved().code()).hasValue("LBNREB");
  }

  @Test
  void theJuntaIsTheGovernmentOfSoldiers() {
    DiscourseDraft d =
        discourse(
            "Burkina Faso's military government expelled three French diplomats. The junta accused"
                + " them.",
            "Burkina/NNP/LOCATION Faso/NNP/LOCATION 's/POS military/JJ government/NN/O/government"
                + " expelled/VBD/O/expel three/CD French/JJ/MISC diplomats/NNS/O/diplomat .",
            "The/DT junta/NN/O/junta accused/VBD/O/accuse them/PRP .");
    GroupDescriptions.resolve(d);

    assertThat(HandBuilt.mention(d, 1, "junta").resolved().code()).hasValue("BFAGOVMIL");
  }

  @Test
  void aDescriptionWithNoPartyBeforeItKeepsItsRole() {
    DiscourseDraft d =
        discourse(
            "The militia said it fired rockets.",
            "The/DT militia/NN/O/militia said/VBD/O/say it/PRP fired/VBD/O/fire"
                + " rockets/NNS/O/rocket .");
    GroupDescriptions.resolve(d);

    assertThat(HandBuilt.mention(d, 0, "militia").resolved().referent()).isEmpty();
  }

  @Test
  void aRoleWordWithoutTheIsNoDescription() {
    DiscourseDraft d =
        discourse(
            "Hezbollah fired rockets. Militias said they fired.",
            "Hezbollah/NNP/ORGANIZATION fired/VBD/O/fire rockets/NNS/O/rocket .",
            "Militias/NNS/O/militia said/VBD/O/say they/PRP fired/VBD/O/fire .");
    GroupDescriptions.resolve(d);

    assertThat(d.mentions(1)).allMatch(m -> m.referent().isEmpty());
  }
}
