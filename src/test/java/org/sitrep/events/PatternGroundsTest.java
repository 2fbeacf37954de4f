package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** Pattern events whose target sits outside their verb's clause, or whose verb is negated. */
class PatternGroundsTest {

  private static Located event(String code, int verb, int sourceAt, int targetAt) {
    return new Located(
        ActorCode.of("GBR"),
        ActorCode.of("IRN"),
        CameoCode.of(code),
        verb,
        sourceAt,
        targetAt,
        "source",
        "target");
  }

  @Test
  void theSubjectOfAReportedClauseIsNotTheSpeakersTarget() {
    DependencyGraph graph =
        HandParsed.graph(
            "Britain/NNP/LOCATION said/VBD/O/say Iranian/JJ/NATIONALITY engineers/NNS/O/engineer"
                + " were/VBD/O/be sent/VBN/O/send to/TO Russia/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (JJ Iranian) (NNS"
                + " engineers)) (VP (VBD were) (VP (VBN sent) (PP (TO to) (NP (NNP Russia)))))))) (."
                + " .)))");

    // "said ... engineers": the engineers belong to "sent", not to "said"
    assertThat(PatternGrounds.holds(graph, event("072", 1, 0, 3))).isFalse();
    // "sent ... to Russia": the verb's own oblique
    assertThat(PatternGrounds.holds(graph, event("072", 5, 3, 7))).isTrue();
  }

  @Test
  void aReportedClauseAboutTheSpeakerItselfIsItsOwnAct() {
    DependencyGraph graph =
        HandParsed.graph(
            "Britain/NNP/LOCATION said/VBD/O/say it/PRP would/MD help/VB/O/help Iran/NNP/LOCATION"
                + " .",
            "(ROOT (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP"
                + " (VB help) (NP (NNP Iran))))))) (. .)))");

    assertThat(PatternGrounds.holds(graph, event("033", 1, 0, 5))).isTrue();
  }

  @Test
  void theVerbsOwnObjectHolds() {
    DependencyGraph graph =
        HandParsed.graph(
            "Britain/NNP/LOCATION condemned/VBD/O/condemn Iran/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Britain)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))");

    assertThat(PatternGrounds.holds(graph, event("111", 1, 0, 2))).isTrue();
  }

  @Test
  void aNegatedVerbHoldsNoEvent() {
    DependencyGraph graph =
        HandParsed.graph(
            "Britain/NNP/LOCATION did/VBD/O/do not/RB mention/VB/O/mention Iran/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Britain)) (VP (VBD did) (RB not) (VP (VB mention) (NP (NNP"
                + " Iran)))) (. .)))");

    assertThat(PatternGrounds.holds(graph, event("128", 3, 0, 4))).isFalse();
  }
}
