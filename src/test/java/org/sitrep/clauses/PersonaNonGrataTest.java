package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/** "persona non grata" is the predicate of the "declare" before it. */
class PersonaNonGrataTest {
  private static final String TOKENS =
      "Algeria/NNP/COUNTRY declared/VBD/O/declare 12/CD French/JJ diplomats/NNS/O/diplomat"
          + " persona/NN non/FW grata/FW .";
  private static final String TREE =
      "(ROOT (S (NP (NNP Algeria)) (VP (VBD declared) (NP (CD 12) (JJ French) (NNS diplomats))"
          + " (S (NP (NN persona) (FW non) (FW grata)))) (. .)))";

  @Test
  void thePhraseSwallowedByTheObjectIsTheVerbsPredicate() {
    List<Word> words = HandParsed.graph(TOKENS, TREE).words();
    // as the parser got it: the object a dep of "grata", the phrase an adverb of the verb
    List<Dependency> deps =
        new ArrayList<>(
            List.of(
                new Dependency(1, "nsubj", 0),
                new Dependency(4, "nummod", 2),
                new Dependency(4, "amod", 3),
                new Dependency(7, "dep", 4),
                new Dependency(4, "dep", 5),
                new Dependency(7, "compound", 6),
                new Dependency(1, "advmod", 7),
                new Dependency(-1, "root", 1)));

    PersonaNonGrata.repair(words, deps);

    assertThat(deps).contains(new Dependency(1, "xcomp", 5), new Dependency(1, "obj", 4));
    assertThat(deps).doesNotContain(new Dependency(4, "dep", 5), new Dependency(7, "dep", 4));
  }

  @Test
  void withoutADeclaringVerbNothingChanges() {
    List<Word> words =
        HandParsed.graph(
                "The/DT envoy/NN is/VBZ/O/be persona/NN non/FW grata/FW .",
                "(ROOT (S (NP (DT The) (NN envoy)) (VP (VBZ is) (NP (NN persona) (FW non) (FW"
                    + " grata))) (. .)))")
            .words();
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency(3, "nsubj", 1)));

    PersonaNonGrata.repair(words, deps);

    assertThat(deps).containsExactly(new Dependency(3, "nsubj", 1));
  }
}
