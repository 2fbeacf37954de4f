package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;

/** Speech acts joined to a reported clause go back to the reporter. */
class ReportedConjunctsTest {
  private static DependencyGraph graph(String tokens, String tree) {
    return HandParsed.graph(tokens, tree);
  }

  private static DependencyGraph saidAnd(String verb, String lemma, String tag) {
    String tokens =
        "Egypt/NNP/COUNTRY said/VBD/O/say Israel/NNP/COUNTRY broke/VBD/O/break the/DT truce/NN"
            + " and/CC "
            + verb
            + "/"
            + tag
            + "/O/"
            + lemma
            + " Washington/NNP/CITY to/TO act/VB .";
    String tree =
        "(ROOT (S (NP (NNP Egypt)) (VP (VBD said) (SBAR (S (NP (NNP Israel)) (VP (VP (VBD broke)"
            + " (NP (DT the) (NN truce))) (CC and) (VP ("
            + tag
            + " "
            + verb
            + ") (NP (NNP Washington)) (S (VP (TO to) (VP (VB act))))))))) (. .)))";
    return graph(tokens, tree);
  }

  @Test
  void anAppealJoinedToTheReportedClauseIsTheReporters() {
    DependencyGraph graph = saidAnd("urged", "urge", "VBD");

    // "urged" (7) borrows "Israel" (2) from "broke"; "said" (1) is the reporter
    assertThat(ReportedConjuncts.reporter(graph, 7, 2)).isEqualTo(1);
  }

  @Test
  void aDeedJoinedToTheReportedClauseStaysTheReportedPartys() {
    DependencyGraph graph = saidAnd("pushed", "push", "VBD");

    assertThat(ReportedConjuncts.reporter(graph, 7, 2)).isEqualTo(-1);
  }

  @Test
  void withoutAReporterTheSubjectIsShared() {
    String tokens =
        "Israel/NNP/COUNTRY broke/VBD/O/break the/DT truce/NN and/CC urged/VBD/O/urge"
            + " Washington/NNP/CITY to/TO act/VB .";
    String tree =
        "(ROOT (S (NP (NNP Israel)) (VP (VP (VBD broke) (NP (DT the) (NN truce))) (CC and) (VP"
            + " (VBD urged) (NP (NNP Washington)) (S (VP (TO to) (VP (VB act)))))) (. .)))";

    assertThat(ReportedConjuncts.reporter(graph(tokens, tree), 5, 0)).isEqualTo(-1);
  }
}
