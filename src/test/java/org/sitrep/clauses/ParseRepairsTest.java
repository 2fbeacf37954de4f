package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.clauses.HandParsed.at;
import static org.sitrep.clauses.HandParsed.repaired;

import org.junit.jupiter.api.Test;

/** The two misparses the coder repairs, on trees written as the parser got them wrong. */
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
  void aSecondVerbStaysConjoinedToTheFirst() {
    DependencyGraph g =
        repaired(
            "Rebels/NNS/O/rebel seized/VBD/O/seize the/DT airport/NN and/CC fled/VBD/O/flee ./.",
            "(ROOT (S (NP (NNS Rebels)) (VP (VP (VBD seized) (NP (DT the) (NN airport))) (CC and)"
                + " (VP (VBD fled))) (. .)))");

    assertThat(g.childrenByBase(at(g, "seized"), "conj")).containsExactly(at(g, "fled"));
  }
}
