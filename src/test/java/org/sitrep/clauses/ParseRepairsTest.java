package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.clauses.HandParsed.at;
import static org.sitrep.clauses.HandParsed.repaired;

import org.junit.jupiter.api.Test;

/** The misparses the coder repairs, on trees written as the parser got them wrong. */
class ParseRepairsTest {

  @Test
  void aPastPerfectParticipleReadAsAnAdjectiveIsTheVerb() {
    DependencyGraph g =
        repaired(
            "The/DT barrage/NN had/VBD/O/have targeted/VBN/O/target military/JJ sites/NNS/O/site"
                + " ./.",
            "(ROOT (S (NP (DT The) (NN barrage)) (VP (VBD had) (NP (VBN targeted) (JJ military)"
                + " (NNS sites))) (. .)))");
    int targeted = at(g, "targeted");

    assertThat(g.children(targeted, "obj")).containsExactly(at(g, "sites"));
    assertThat(g.children(targeted, "nsubj")).containsExactly(at(g, "barrage"));
    assertThat(g.children(at(g, "had"), "obj")).isEmpty();
  }

  @Test
  void aSecondObjectConjoinedToTheVerbJoinsTheFirstObject() {
    DependencyGraph g =
        repaired(
            "Rebels/NNS/O/rebel seized/VBD/O/seize the/DT airport/NN and/CC the/DT office/NN ./.",
            "(ROOT (S (NP (NNS Rebels)) (VP (VP (VBD seized) (NP (DT the) (NN airport))) (CC and)"
                + " (NP (DT the) (NN office))) (. .)))");

    assertThat(g.childrenByBase(at(g, "airport"), "conj")).containsExactly(at(g, "office"));
    assertThat(g.childrenByBase(at(g, "seized"), "conj")).isEmpty();
  }

  @Test
  void theAimOfASecondObjectGoesBackToTheVerb() {
    DependencyGraph g =
        repaired(
            "Police/NNS fired/VBD/O/fire gas/NN and/CC pepper/NN spray/NN at/IN the/DT"
                + " crowd/NN ./.",
            "(ROOT (S (NP (NNS Police)) (VP (VP (VBD fired) (NP (NN gas))) (CC and) (NP (NP (NN"
                + " pepper) (NN spray)) (PP (IN at) (NP (DT the) (NN crowd))))) (. .)))");
    int fired = at(g, "fired");

    assertThat(g.childrenByBase(at(g, "gas"), "conj")).containsExactly(at(g, "spray"));
    assertThat(g.obliques(fired, "at")).containsExactly(at(g, "crowd"));
  }

  @Test
  void aSecondVerbStaysConjoinedToTheFirst() {
    DependencyGraph g =
        repaired(
            "Rebels/NNS/O/rebel seized/VBD/O/seize the/DT airport/NN and/CC fled/VBD/O/flee ./.",
            "(ROOT (S (NP (NNS Rebels)) (VP (VP (VBD seized) (NP (DT the) (NN airport))) (CC and)"
                + " (VP (VBD fled))) (. .)))");

    assertThat(g.childrenByBase(at(g, "seized"), "conj")).containsExactly(at(g, "fled"));
  }

  @Test
  void anActiveConjunctTakesThePassiveSubjectAsItsOwn() {
    DependencyGraph g =
        repaired(
            "Washington/NNP had/VBD/O/have been/VBN/O/be warned/VBN/O/warn of/IN the/DT plan/NN"
                + " and/CC urged/VBD/O/urge Tehran/NNP to/TO negotiate/VB ./.",
            "(ROOT (S (NP (NNP Washington)) (VP (VP (VBD had) (VP (VBN been) (VP (VBN warned) (PP"
                + " (IN of) (NP (DT the) (NN plan)))))) (CC and) (VP (VBD urged) (NP (NNP Tehran))"
                + " (S (VP (TO to) (VP (VB negotiate)))))) (. .)))");
    int urged = at(g, "urged");

    assertThat(g.children(urged, "nsubj")).containsExactly(at(g, "Washington"));
    assertThat(g.isPassive(urged)).isFalse();
    assertThat(g.isPassive(at(g, "warned"))).isTrue();
  }

  @Test
  void aHedgedCountReadAsAPrepositionIsTheObject() {
    DependencyGraph g =
        repaired(
            "The/DT army/NN said/VBD/O/say it/PRP had/VBD/O/have intercepted/VBN/O/intercept"
                + " around/IN 100/CD drones/NNS/O/drone ./.",
            "(ROOT (S (NP (DT The) (NN army)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD had)"
                + " (VP (VBN intercepted) (PP (IN around) (NP (CD 100) (NNS drones)))))))) (. .)))");

    assertThat(g.children(at(g, "intercepted"), "obj")).containsExactly(at(g, "drones"));
  }

  @Test
  void aPlaceAroundATownStaysAPlace() {
    DependencyGraph g =
        repaired(
            "Troops/NNS/O/troop fought/VBD/O/fight around/IN the/DT town/NN ./.",
            "(ROOT (S (NP (NNS Troops)) (VP (VBD fought) (PP (IN around) (NP (DT the) (NN town))))"
                + " (. .)))");

    assertThat(g.children(at(g, "fought"), "obj")).isEmpty();
  }
}
