package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.events.ClauseEventsTest.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * Words that point back at the story's parties ("the three juntas", "the pair", "the Russian side",
 * "the barrage") and the party a protest or demand is aimed at when the clause names none.
 * Hand-built parses, no models.
 */
class GroupReferencesTest {
  // the story's strike, told first in several tests
  private static final String IRAN_FIRES_AT_ISRAEL =
      "Iran/NNP/LOCATION fired/VBD/O/fire missiles/NNS/O/missile at/IN Israel/NNP/LOCATION .";
  private static final String IRAN_FIRES_AT_ISRAEL_TREE =
      "(ROOT (S (NP (NNP Iran)) (VP (VBD fired) (NP (NNS missiles)) (PP (IN at) (NP (NNP"
          + " Israel)))) (. .)))";

  private static final String[] THREE_STATES = {
    "Mali/NNP/LOCATION ,/, Burkina/NNP/LOCATION Faso/NNP/LOCATION and/CC Niger/NNP/LOCATION"
        + " left/VBD/O/leave the/DT bloc/NN .",
    "(ROOT (S (NP (NNP Mali) (, ,) (NNP Burkina) (NNP Faso) (CC and) (NNP Niger)) (VP (VBD left)"
        + " (NP (DT the) (NN bloc))) (. .)))"
  };

  @Test
  void theThreeJuntasAreTheGovernmentsOfTheThreeCountriesNamed() {
    List<List<String>> events =
        code(
            THREE_STATES[0],
            THREE_STATES[1],
            "The/DT three/CD juntas/NNS/O/junta condemned/VBD/O/condemn France/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (CD three) (NNS juntas)) (VP (VBD condemned) (NP (NNP"
                + " France))) (. .)))");

    assertThat(events.get(1))
        .containsExactlyInAnyOrder("MLIGOV>FRA 111", "BFAGOV>FRA 111", "NERGOV>FRA 111");
  }

  @Test
  void thePairIsTheStorysTwoParties() {
    List<List<String>> events =
        code(
            "Putin/NNP/PERSON hosted/VBD/O/host Lukashenko/NNP/PERSON .",
            "(ROOT (S (NP (NNP Putin)) (VP (VBD hosted) (NP (NNP Lukashenko))) (. .)))",
            "The/DT pair/NN discussed/VBD/O/discuss trade/NN .",
            "(ROOT (S (NP (DT The) (NN pair)) (VP (VBD discussed) (NP (NN trade))) (. .)))");

    assertThat(events.get(1)).containsExactlyInAnyOrder("RUSGOV>BLRGOV 040", "BLRGOV>RUSGOV 040");
  }

  @Test
  void twoMinistersOfANamedCountryAreNoPairOfTheStory() {
    List<List<String>> events =
        code(
            "Britain/NNP/LOCATION sanctioned/VBD/O/sanction two/CD Israeli/JJ/MISC"
                + " ministers/NNS/O/minister .",
            "(ROOT (S (NP (NNP Britain)) (VP (VBD sanctioned) (NP (CD two) (JJ Israeli) (NNS"
                + " ministers))) (. .)))");

    assertThat(events.get(0)).containsExactly("GBR>ISRGOV 163");
  }

  @Test
  void theRussianSideIsRussiasGovernment() {
    List<List<String>> events =
        code(
            "Witkoff/NNP/PERSON met/VBD/O/meet Putin/NNP/PERSON .",
            "(ROOT (S (NP (NNP Witkoff)) (VP (VBD met) (NP (NNP Putin))) (. .)))",
            "The/DT Russian/JJ/MISC side/NN praised/VBD/O/praise Witkoff/NNP/PERSON .",
            "(ROOT (S (NP (DT The) (JJ Russian) (NN side)) (VP (VBD praised) (NP (NNP Witkoff)))"
                + " (. .)))");

    assertThat(events.get(1)).allMatch(e -> e.startsWith("RUSGOV>"));
  }

  @Test
  void aBarrageIsFiredByWhoeverTheStorySaidFiredIt() {
    List<List<String>> events =
        code(
            IRAN_FIRES_AT_ISRAEL,
            IRAN_FIRES_AT_ISRAEL_TREE,
            "The/DT barrage/NN targeted/VBD/O/target Israeli/JJ/MISC bases/NNS/O/base .",
            "(ROOT (S (NP (DT The) (NN barrage)) (VP (VBD targeted) (NP (JJ Israeli) (NNS"
                + " bases))) (. .)))");

    assertThat(events.get(1)).containsExactly("IRN>ISR 195");
  }

  @Test
  void projectilesWithNoOwnerAreFiredByWhoeverTheStoryNamedFiringThem() {
    List<List<String>> events =
        code(
            "Russian/JJ/MISC drones/NNS/O/drone struck/VBD/O/strike Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (JJ Russian) (NNS drones)) (VP (VBD struck) (NP (NNP Kyiv))) (. .)))",
            "Two/CD/NUMBER people/NNS/O/people were/VBD/O/be killed/VBN/O/kill when/WRB"
                + " a/DT drone/NN hit/VBD/O/hit Odesa/NNP/LOCATION .",
            "(ROOT (S (NP (CD Two) (NNS people)) (VP (VBD were) (VP (VBN killed) (SBAR (WHADVP"
                + " (WRB when)) (S (NP (DT a) (NN drone)) (VP (VBD hit) (NP (NNP Odesa))))))) (. .)))");

    assertThat(events.get(1)).containsExactly("RUS>UKR 195");
  }

  @Test
  void projectilesWithNoOwnerAreTheLatestStrikersOtherwise() {
    List<List<String>> events =
        code(
            IRAN_FIRES_AT_ISRAEL,
            IRAN_FIRES_AT_ISRAEL_TREE,
            "Two/CD/NUMBER people/NNS/O/people were/VBD/O/be killed/VBN/O/kill when/WRB"
                + " rockets/NNS/O/rocket hit/VBD/O/hit Haifa/NNP/LOCATION .",
            "(ROOT (S (NP (CD Two) (NNS people)) (VP (VBD were) (VP (VBN killed) (SBAR (WHADVP"
                + " (WRB when)) (S (NP (NNS rockets)) (VP (VBD hit) (NP (NNP Haifa))))))) (. .)))");

    assertThat(events.get(1)).containsExactly("IRN>ISR 195");
  }

  @Test
  void projectilesOutsideATollRetellTheStrikeJustTold() {
    List<List<String>> events =
        code(
            IRAN_FIRES_AT_ISRAEL,
            IRAN_FIRES_AT_ISRAEL_TREE,
            "Rockets/NNS/O/rocket hit/VBD/O/hit Haifa/NNP/LOCATION .",
            "(ROOT (S (NP (NNS Rockets)) (VP (VBD hit) (NP (NNP Haifa))) (. .)))");

    assertThat(events.get(1)).isEmpty();
  }

  @Test
  void anEventNounDoesNothingOfAnotherKind() {
    List<List<String>> events =
        code(
            IRAN_FIRES_AT_ISRAEL,
            IRAN_FIRES_AT_ISRAEL_TREE,
            "The/DT barrage/NN urged/VBD/O/urge Israel/NNP/LOCATION to/TO stop/VB .",
            "(ROOT (S (NP (DT The) (NN barrage)) (VP (VBD urged) (NP (NNP Israel)) (S (VP (TO to)"
                + " (VP (VB stop))))) (. .)))");

    assertThat(events.get(1)).isEmpty();
  }

  @Test
  void aProtestWithNoAddresseeIsAimedAtWhoeverActedBefore() {
    List<List<String>> events =
        code(
            "Russian/JJ/MISC jets/NNS/O/jet entered/VBD/O/enter Estonian/JJ/MISC airspace/NN .",
            "(ROOT (S (NP (JJ Russian) (NNS jets)) (VP (VBD entered) (NP (JJ Estonian) (NN"
                + " airspace))) (. .)))",
            "Tallinn/NNP/LOCATION lodged/VBD/O/lodge a/DT protest/NN .",
            "(ROOT (S (NP (NNP Tallinn)) (VP (VBD lodged) (NP (DT a) (NN protest))) (. .)))");

    assertThat(events.get(1)).containsExactly("EST>RUS 114");
  }

  @Test
  void aThreatIsAimedAtTheDoerOfTheLastSentenceNotAtWhatItNamed() {
    List<List<String>> events =
        code(
            "Ukraine/NNP/LOCATION halted/VBD/O/halt the/DT transit/NN of/IN Russian/JJ/MISC gas/NN"
                + " .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD halted) (NP (NP (DT the) (NN transit)) (PP (IN"
                + " of) (NP (JJ Russian) (NN gas))))) (. .)))",
            "Slovakia/NNP/LOCATION threatened/VBD/O/threaten to/TO cut/VB/O/cut"
                + " supplies/NNS/O/supply .",
            "(ROOT (S (NP (NNP Slovakia)) (VP (VBD threatened) (S (VP (TO to) (VP (VB cut) (NP"
                + " (NNS supplies)))))) (. .)))");

    // a threat to cut supplies is 131 (threaten non-force); what matters here is whom it aims at
    assertThat(events.get(1))
        .anyMatch(e -> e.startsWith("SVK>UKR 13"))
        .noneMatch(e -> e.contains(">RUS"));
  }

  @Test
  void aCallForAnEndToViolationsIsAimedAtWhoeverCommitsThem() {
    List<List<String>> events =
        code(
            "Israeli/JJ/MISC jets/NNS/O/jet struck/VBD/O/strike Damascus/NNP/LOCATION .",
            "(ROOT (S (NP (JJ Israeli) (NNS jets)) (VP (VBD struck) (NP (NNP Damascus))) (. .)))",
            "Syria/NNP/LOCATION called/VBD/O/call for/IN an/DT end/NN to/TO the/DT"
                + " violations/NNS/O/violation .",
            "(ROOT (S (NP (NNP Syria)) (VP (VBD called) (PP (IN for) (NP (NP (DT an) (NN end))"
                + " (PP (TO to) (NP (DT the) (NNS violations)))))) (. .)))");

    assertThat(events.get(1)).containsExactly("SYR>ISRMIL 100");
  }

  @Test
  void forceBetweenAStateAndItsOwnPeopleIsRiotOrRepression() {
    ActorCode crowd = ActorCode.of("BGDCVL");
    ActorCode government = ActorCode.of("BGDGOV");
    ActorCode police = ActorCode.of("BGDCOP");

    assertThat(Dyads.domesticForce(crowd, government, CameoCode.of("190")).value())
        .isEqualTo("145");
    assertThat(Dyads.domesticForce(police, crowd, CameoCode.of("190")).value()).isEqualTo("175");
    // a foreign government's forces are no riot or repression
    assertThat(Dyads.domesticForce(crowd, ActorCode.of("INDGOV"), CameoCode.of("190")).value())
        .isEqualTo("190");
    assertThat(new Found(crowd, 0, "crowds").code()).isEqualTo(crowd);
  }
}
