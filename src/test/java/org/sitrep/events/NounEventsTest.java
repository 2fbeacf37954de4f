package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events written as nouns whose arguments the parser hangs elsewhere: on the "of" noun, in a place
 * phrase, in the verb's "in" phrase, or in an earlier sentence's verb. Hand-built articles, as in
 * {@link ClauseEventsTest}.
 */
class NounEventsTest {
  @Test
  void aStrikeThatKilledIsCodedAsTheStrike() {
    List<String> events =
        ClauseEventsTest.codeSentence(
            "Russia/NNP/LOCATION 's/POS missile/NN strike/NN/O/strike on/IN the/DT port/NN of/IN"
                + " Odesa/NNP/LOCATION killed/VBD/O/kill four/CD/NUMBER people/NNS/O/people ./.",
            "(ROOT (S (NP (NP (NP (NNP Russia) (POS 's)) (NN missile) (NN strike)) (PP (IN on) (NP"
                + " (NP (DT the) (NN port)) (PP (IN of) (NP (NNP Odesa)))))) (VP (VBD killed) (NP"
                + " (CD four) (NNS people))) (. .)))");

    assertThat(events).contains("RUS>UKR 195").doesNotContain("RUS>UKR 190");
  }

  @Test
  void findsTheTargetOfAnImpositionOnItsOfNoun() {
    List<String> events =
        ClauseEventsTest.codeSentence(
            "China/NNP/LOCATION 's/POS imposition/NN/O/imposition of/IN tariffs/NNS/O/tariff on/IN"
                + " Indian/JJ/NATIONALITY goods/NNS/O/good strained/VBD/O/strain ties/NNS/O/tie ./.",
            "(ROOT (S (NP (NP (NP (NNP China) (POS 's)) (NN imposition)) (PP (IN of) (NP (NP (NNS"
                + " tariffs)) (PP (IN on) (NP (JJ Indian) (NNS goods)))))) (VP (VBD strained) (NP"
                + " (NNS ties))) (. .)))");

    assertThat(events).contains("CHN>IND 163");
  }

  @Test
  void findsTheAgentOfAReleaseInTheByPhraseOfItsOfNoun() {
    List<String> events =
        ClauseEventsTest.codeSentence(
            "The/DT release/NN/O/release of/IN Israeli/JJ/NATIONALITY hostages/NNS/O/hostage by/IN"
                + " Hamas/NNP/ORGANIZATION ended/VBD/O/end ./.",
            "(ROOT (S (NP (NP (DT The) (NN release)) (PP (IN of) (NP (NP (JJ Israeli) (NNS"
                + " hostages)) (PP (IN by) (NP (NNP Hamas)))))) (VP (VBD ended)) (. .)))");

    assertThat(events).containsExactly("PSEREBHMS>ISR 0841");
  }

  @Test
  void aCallInAVerbsInPhraseIsTheSubjectsCall() {
    List<String> events =
        ClauseEventsTest.codeSentence(
            "Erdogan/NNP/PERSON discussed/VBD/O/discuss Gaza/NNP/LOCATION in/IN a/DT phone/NN"
                + " call/NN/O/call with/IN Pezeshkian/NNP/PERSON ./.",
            "(ROOT (S (NP (NNP Erdogan)) (VP (VBD discussed) (NP (NNP Gaza)) (PP (IN in) (NP (NP"
                + " (DT a) (NN phone) (NN call)) (PP (IN with) (NP (NNP Pezeshkian)))))) (. .)))");

    assertThat(events).contains("TURGOV>IRNGOV 040");
  }

  @Test
  void aProposalIsWhoeverProposedEvenWhenNoEventWasCodedForIt() {
    List<List<String>> events =
        ClauseEventsTest.code(
            "Moscow/NNP/LOCATION proposed/VBD/O/propose a/DT vote/NN/O/vote ./.",
            "(ROOT (S (NP (NNP Moscow)) (VP (VBD proposed) (NP (DT a) (NN vote))) (. .)))",
            "Berlin/NNP/LOCATION and/CC Paris/NNP/LOCATION met/VBD/O/meet ./.",
            "(ROOT (S (NP (NNP Berlin) (CC and) (NNP Paris)) (VP (VBD met)) (. .)))",
            "Kyiv/NNP/LOCATION rejected/VBD/O/reject the/DT proposal/NN/O/proposal ./.",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD rejected) (NP (DT the) (NN proposal))) (. .)))");

    assertThat(events.get(2)).containsExactly("UKR>RUS 120");
  }

  @Test
  void theOneWhoDecidesDoesWhatTheDecisionSays() {
    List<String> events =
        ClauseEventsTest.codeSentence(
            "Washington/NNP/LOCATION 's/POS decision/NN/O/decision to/TO suspend/VB/O/suspend"
                + " military/JJ aid/NN/O/aid to/TO Kyiv/NNP/LOCATION stunned/VBD/O/stun"
                + " allies/NNS/O/ally ./.",
            "(ROOT (S (NP (NP (NNP Washington) (POS 's)) (NN decision) (S (VP (TO to) (VP (VB"
                + " suspend) (NP (JJ military) (NN aid)) (PP (TO to) (NP (NNP Kyiv))))))) (VP (VBD"
                + " stunned) (NP (NNS allies))) (. .)))");

    assertThat(events).contains("USA>UKR 1622");
  }
}
