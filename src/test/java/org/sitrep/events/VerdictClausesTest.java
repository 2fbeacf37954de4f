package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.events.ClauseEventsTest.code;
import static org.sitrep.events.ClauseEventsTest.codeSentence;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clause coder on verdicts without a verb of judging ("called the incursion a deliberate
 * attack", "described the vote as illegitimate", "drew condemnation from") and on what must be
 * coded narrowly. Hand-built parses (the trees CoreNLP gives), no models.
 */
class VerdictClausesTest {
  @Test
  void aVerdictJudgesWhoeverDidTheActNotWhomTheVerdictNames() {
    List<List<String>> events =
        code(
            "About/RB/O/about 20/CD/NUMBER Russian/JJ/MISC drones/NNS/O/drone entered/VBD/O/enter"
                + " Polish/JJ/MISC airspace/NN/O .",
            "(ROOT (S (NP (QP (RB About) (CD 20)) (JJ Russian) (NNS drones)) (VP (VBD entered) (NP"
                + " (JJ Polish) (NN airspace))) (. .)))",
            "Poland/NNP/LOCATION called/VBD/O/call the/DT/O incursion/NN/O a/DT/O deliberate/JJ/O"
                + " attack/NN/O on/IN/O NATO/NNP/ORGANIZATION .",
            "(ROOT (S (NP (NNP Poland)) (VP (VBD called) (NP (DT the) (NN incursion)) (S (NP (NP"
                + " (DT a) (JJ deliberate) (NN attack)) (PP (IN on) (NP (NNP NATO)))))) (. .)))");

    // the drones are Russia's forces ("Russian drones" RUSMIL)
    assertThat(events.get(1)).containsExactly("POL>RUSMIL 111");
  }

  @Test
  void sayingAnotherBearsResponsibilityAccusesIt() {
    List<String> events =
        codeSentence(
            "Warsaw/NNP/LOCATION said/VBD/O/say Moscow/NNP/LOCATION bore/VBD/O/bear"
                + " responsibility/NN/O/responsibility ./.",
            "(ROOT (S (NP (NNP Warsaw)) (VP (VBD said) (SBAR (S (NP (NNP Moscow)) (VP (VBD bore)"
                + " (NP (NN responsibility)))))) (. .)))");

    assertThat(events).contains("POL>RUS 112");
  }

  @Test
  void aVerdictThatNamesTheDoerJudgesIt() {
    List<String> events =
        codeSentence(
            "Cambodia/NNP/LOCATION condemned/VBD/O/condemn what/WP/O it/PRP/O called/VBD/O/call"
                + " Thailand/NNP/LOCATION 's/POS/O unprovoked/JJ/O aggression/NN/O .",
            "(ROOT (S (NP (NNP Cambodia)) (VP (VBD condemned) (SBAR (WHNP (WP what)) (S (NP (PRP"
                + " it)) (VP (VBD called) (S (NP (NP (NNP Thailand) (POS 's)) (JJ unprovoked) (NN"
                + " aggression))))))) (. .)))");

    assertThat(events).contains("KHM>THA 111");
  }

  @Test
  void theOppositionsVerdictWithNoOneNamedGoesToItsGovernment() {
    List<List<String>> events =
        code(
            "Georgia/NNP/LOCATION 's/POS/O parliament/NN/O elected/VBD/O/elect a/DT/O"
                + " president/NN/O .",
            "(ROOT (S (NP (NP (NNP Georgia) (POS 's)) (NN parliament)) (VP (VBD elected) (NP (DT"
                + " a) (NN president))) (. .)))",
            "The/DT/O/the opposition/NN/O described/VBD/O/describe the/DT/O vote/NN/O as/IN/O"
                + " illegitimate/JJ/O .",
            "(ROOT (S (NP (DT The) (NN opposition)) (VP (VBD described) (NP (NP (DT the) (NN"
                + " vote)) (PP (IN as) (ADJP (JJ illegitimate))))) (. .)))");

    assertThat(events.get(1)).containsExactly("GEOOPP>GEOGOV 111");
  }

  @Test
  void praiseOfTalksIsAnOptimisticCommentButAnAsPhraseIsPraise() {
    String held =
        "Iran/NNP/LOCATION and/CC/O the/DT/O United/NNP/LOCATION States/NNP/LOCATION"
            + " held/VBD/O/hold talks/NNS/O/talk .";
    String heldTree =
        "(ROOT (S (NP (NP (NNP Iran)) (CC and) (NP (DT the) (NNP United) (NNP States))) (VP (VBD"
            + " held) (NP (NNS talks))) (. .)))";
    List<List<String>> called =
        code(
            held,
            heldTree,
            "Washington/NNP/LOCATION called/VBD/O/call the/DT/O talks/NNS/O/talk productive/JJ/O .",
            "(ROOT (S (NP (NNP Washington)) (VP (VBD called) (NP (DT the) (NNS talks)) (S (ADJP"
                + " (JJ productive)))) (. .)))");
    List<List<String>> described =
        code(
            held,
            heldTree,
            "Washington/NNP/LOCATION described/VBD/O/describe the/DT/O talks/NNS/O/talk as/IN/O"
                + " constructive/JJ/O .",
            "(ROOT (S (NP (NNP Washington)) (VP (VBD described) (NP (DT the) (NNS talks)) (PP (IN"
                + " as) (ADJP (JJ constructive)))) (. .)))");

    assertThat(called.get(1)).containsExactly("USA>IRN 013");
    assertThat(described.get(1)).containsExactly("USA>IRN 051");
  }

  @Test
  void aVerdictWithAForPhraseIsNoCallForAnything() {
    List<List<String>> events =
        code(
            "The/DT/O/the EU/NNP/ORGANIZATION agreed/VBD/O/agree to/TO/O open/VB/O talks/NNS/O/talk"
                + " with/IN/O Ukraine/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (NNP EU)) (VP (VBD agreed) (S (VP (TO to) (VP (VB open) (NP (NP"
                + " (NNS talks)) (PP (IN with) (NP (NNP Ukraine)))))))) (. .)))",
            "Zelenskyy/NNP/PERSON called/VBD/O/call the/DT/O decision/NN/O a/DT/O historic/JJ/O"
                + " day/NN/DURATION for/IN/O Ukraine/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Zelenskyy)) (VP (VBD called) (NP (DT the) (NN decision)) (NP (DT a)"
                + " (JJ historic) (NN day)) (PP (IN for) (NP (NNP Ukraine)))) (. .)))");

    assertThat(events.get(1)).allMatch(e -> e.endsWith(" 013")).isNotEmpty();
  }

  @Test
  void condemnationDrawnByAnActIsPassedOnWhoeverDidIt() {
    List<List<String>> events =
        code(
            "A/DT/O/a Russian/JJ/MISC missile/NN/O strike/NN/O killed/VBD/O/kill 35/CD/NUMBER"
                + " people/NNS/O/person in/IN/O Sumy/NNP/LOCATION .",
            "(ROOT (S (NP (DT A) (JJ Russian) (NN missile) (NN strike)) (VP (VBD killed) (NP (CD"
                + " 35) (NNS people)) (PP (IN in) (NP (NNP Sumy)))) (. .)))",
            "The/DT/O/the strike/NN/O drew/VBD/O/draw condemnation/NN/O from/IN/O"
                + " Germany/NNP/LOCATION and/CC/O France/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (NN strike)) (VP (VBD drew) (NP (NN condemnation)) (PP (IN"
                + " from) (NP (NNP Germany) (CC and) (NNP France)))) (. .)))");

    assertThat(events.get(1)).containsExactlyInAnyOrder("DEU>RUS 111", "FRA>RUS 111");
  }

  @Test
  void aMissileFiredIntoTheSeaIsATest() {
    List<String> events =
        codeSentence(
            "North/NNP/LOCATION Korea/NNP/LOCATION fired/VBD/O/fire a/DT/O ballistic/JJ/O"
                + " missile/NN/O into/IN/O the/DT/O sea/NN/O .",
            "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD fired) (NP (DT a) (JJ ballistic) (NN"
                + " missile)) (PP (IN into) (NP (DT the) (NN sea)))) (. .)))");

    assertThat(events).containsExactly("PRK>- 150");
  }

  @Test
  void twoMinistersOfANamedCountryAreNotTheStorysTwoSides() {
    List<String> events =
        codeSentence(
            "Britain/NNP/LOCATION and/CC/O Canada/NNP/LOCATION imposed/VBD/O/impose"
                + " sanctions/NNS/O/sanction on/IN/O two/CD/NUMBER Israeli/JJ/MISC"
                + " ministers/NNS/O/minister .",
            "(ROOT (S (NP (NNP Britain) (CC and) (NNP Canada)) (VP (VBD imposed) (NP (NP (NNS"
                + " sanctions)) (PP (IN on) (NP (CD two) (JJ Israeli) (NNS ministers))))) (. .)))");

    assertThat(events).containsExactlyInAnyOrder("GBR>ISRGOV 163", "CAN>ISRGOV 163");
  }

  @Test
  void aMeetingSaidToBeUnlikelyIsNoMeeting() {
    List<String> events =
        codeSentence(
            "Diplomats/NNS/O/diplomat said/VBD/O/say a/DT/O meeting/NN/O between/IN/O"
                + " Trump/NNP/PERSON and/CC/O Putin/NNP/PERSON was/VBD/O/be unlikely/JJ/O .",
            "(ROOT (S (NP (NNS Diplomats)) (VP (VBD said) (SBAR (S (NP (NP (DT a) (NN meeting)) (PP"
                + " (IN between) (NP (NNP Trump) (CC and) (NNP Putin)))) (VP (VBD was) (ADJP (JJ"
                + " unlikely)))))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void pledgedJetsAreAnIntentToGiveMilitaryAid() {
    List<String> events =
        codeSentence(
            "The/DT/O/the Netherlands/NNP/LOCATION pledged/VBD/O/pledge more/JJR/O fighter/NN/O"
                + " jets/NNS/O/jet to/IN/O Ukraine/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (NNP Netherlands)) (VP (VBD pledged) (NP (NP (JJR more) (NN"
                + " fighter) (NNS jets)) (PP (IN to) (NP (NNP Ukraine))))) (. .)))");

    assertThat(events).containsExactly("NLD>UKR 0332");
  }

  @Test
  void aGroupsFightersActAsTheGroupButAreItsMembersWhenActedOn() {
    List<String> shot =
        codeSentence(
            "The/DT/O/the RSF/NNP/ORGANIZATION said/VBD/O/say its/PRP$/O fighters/NNS/O/fighter"
                + " had/VBD/O/have shot/VBN/O/shoot down/RP/O a/DT/O Sudanese/JJ/MISC army/NN/O"
                + " drone/NN/O .",
            "(ROOT (S (NP (DT The) (NNP RSF)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NNS"
                + " fighters)) (VP (VBD had) (VP (VBN shot) (PRT (RP down)) (NP (DT a) (JJ"
                + " Sudanese) (NN army) (NN drone))))))) (. .)))");
    List<String> arrested =
        codeSentence(
            "The/DT/O/the RSF/NNP/ORGANIZATION said/VBD/O/say it/PRP/O had/VBD/O/have"
                + " arrested/VBN/O/arrest several/JJ/O of/IN/O its/PRP$/O fighters/NNS/O/fighter .",
            "(ROOT (S (NP (DT The) (NNP RSF)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD had)"
                + " (VP (VBN arrested) (NP (NP (JJ several)) (PP (IN of) (NP (PRP$ its) (NNS"
                + " fighters))))))))) (. .)))");

    assertThat(shot).containsExactly("SDNREB>SDNMIL 190");
    assertThat(arrested).containsExactly("SDNREB>SDNUAF 173");
  }

  private static final String FIRED =
      "North/NNP/LOCATION Korea/NNP/LOCATION fired/VBD/O/fire a/DT/O ballistic/JJ/O"
          + " missile/NN/O into/IN/O the/DT/O sea/NN/O .";
  private static final String FIRED_TREE =
      "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD fired) (NP (DT a) (JJ ballistic) (NN"
          + " missile)) (PP (IN into) (NP (DT the) (NN sea)))) (. .)))";

  @Test
  void theItOfACallingParticipleIsTheMainVerbsObject() {
    List<List<String>> events =
        code(
            FIRED,
            FIRED_TREE,
            "Japan/NNP/LOCATION condemned/VBD/O/condemn the/DT/O launch/NN/O ,/,/O"
                + " calling/VBG/O/call it/PRP/O a/DT/O violation/NN/O of/IN/O UN/NNP/ORGANIZATION"
                + " resolutions/NNS/O/resolution .",
            "(ROOT (S (NP (NNP Japan)) (VP (VBD condemned) (NP (DT the) (NN launch)) (, ,) (S (VP"
                + " (VBG calling) (NP (PRP it)) (NP (NP (DT a) (NN violation)) (PP (IN of) (NP (NNP"
                + " UN) (NNS resolutions))))))) (. .)))");

    // "the launch" is the test told before; the UN is named only inside the verdict
    assertThat(events.get(1)).containsExactly("JPN>PRK 111");
  }

  @Test
  void aVerbOfNamingParsedWithTwoObjectsNamesTheFirst() {
    List<List<String>> events =
        code(
            FIRED,
            FIRED_TREE,
            "Seoul/NNP/LOCATION called/VBD/O/call the/DT/O test/NN/O a/DT/O provocation/NN/O .",
            "(ROOT (S (NP (NNP Seoul)) (VP (VBD called) (NP (DT the) (NN test)) (NP (DT a) (NN"
                + " provocation))) (. .)))");

    assertThat(events.get(1)).containsExactly("KOR>PRK 111");
  }

  @Test
  void discussionsAreTheTalksToldBefore() {
    List<List<String>> events =
        code(
            "Iran/NNP/LOCATION and/CC/O the/DT/O United/NNP/LOCATION States/NNP/LOCATION"
                + " held/VBD/O/hold talks/NNS/O/talk .",
            "(ROOT (S (NP (NP (NNP Iran)) (CC and) (NP (DT the) (NNP United) (NNP States))) (VP"
                + " (VBD held) (NP (NNS talks))) (. .)))",
            "Tehran/NNP/LOCATION called/VBD/O/call the/DT/O discussions/NNS/O/discussion"
                + " constructive/JJ/O .",
            "(ROOT (S (NP (NNP Tehran)) (VP (VBD called) (NP (DT the) (NNS discussions)) (S (ADJP"
                + " (JJ constructive)))) (. .)))");

    assertThat(events.get(1)).containsExactly("IRN>USA 013");
  }
}
