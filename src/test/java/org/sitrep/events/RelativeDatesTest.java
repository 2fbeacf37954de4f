package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.discourse.HandBuilt;

class RelativeDatesTest {
  private static DependencyGraph graph(String text, String tokens, String tree) {
    AnnotatedSentence sentence = HandBuilt.article(text, tokens).sentences().get(0);
    return new DependencyGraph(sentence.words(), CoreNlpAnnotator.dependenciesOf(tree));
  }

  /** "The clashes, which erupted on Saturday, killed 35 people." */
  private static DependencyGraph clashes() {
    return graph(
        "The clashes , which erupted on Saturday , killed 35 people .",
        "The/DT clashes/NNS/O/clash , which/WDT erupted/VBD/O/erupt on/IN Saturday/NNP/DATE"
            + " , killed/VBD/O/kill 35/CD/NUMBER people/NNS/O/person .",
        "(ROOT (S (NP (NP (DT The) (NNS clashes)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD"
            + " erupted) (PP (IN on) (NP (NNP Saturday)))))) (, ,)) (VP (VBD killed) (NP (CD"
            + " 35) (NNS people))) (. .)))");
  }

  @Test
  void aRelativeClauseOnTheEventNounDatesIt() {
    DependencyGraph g = clashes();

    IntPredicate inRelative = RelativeDates.of(g, 1, word -> false);

    assertThat(inRelative.test(6)).as("Saturday").isTrue();
    assertThat(inRelative.test(9)).as("killed").isFalse();
  }

  @Test
  void aRelativeClauseOnAnActorTellsItsPastNotTheEvents() {
    DependencyGraph g = clashes();

    // the same words with "clashes" taken for an actor, as "the militia" would be
    IntPredicate inRelative = RelativeDates.of(g, 9, word -> word == 1);

    assertThat(inRelative.test(6)).isFalse();
  }
}
