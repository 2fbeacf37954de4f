package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;

/** Where a verb's event noun sits. */
class ClauseSlotsTest {
  private static DependencyGraph withPhrase(String verb, String lemma) {
    return HandParsed.graph(
        "Washington/NNP/CITY " + verb + "/VBD/O/" + lemma + " with/IN tariffs/NNS/O/tariff .",
        "(ROOT (S (NP (NNP Washington)) (VP (VBD "
            + verb
            + ") (PP (IN with) (NP (NNS tariffs)))) (. .)))");
  }

  @Test
  void aVerbOfAnsweringNamesItsAnswerWithWith() {
    DependencyGraph g = withPhrase("responded", "respond");

    assertThat(ClauseSlots.eventObjects(g, 1)).containsExactly(3);
  }

  @Test
  void anotherVerbsWithPhraseIsNoEventOfIts() {
    DependencyGraph g = withPhrase("agreed", "agree");

    assertThat(ClauseSlots.eventObjects(g, 1)).isEmpty();
  }
}
