package org.sitrep.clauses;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/**
 * "declared 12 employees of the embassy who work for the ministry persona non grata": the parser
 * does not know the Latin phrase and hangs it on whatever stands before it (a relative clause, the
 * object as a dep). It is the predicate of the "declare" before it, and the noun right before it is
 * the object when the verb has none.
 */
final class PersonaNonGrata {
  private PersonaNonGrata() {}

  static void repair(List<Word> words, List<Dependency> deps) {
    for (int p = 1; p + 2 < words.size(); p++) {
      if (lower(words, p).equals("persona")
          && lower(words, p + 1).equals("non")
          && lower(words, p + 2).equals("grata")) {
        int declare = declaring(words, p);
        if (declare >= 0) {
          attach(words, deps, declare, p);
        }
        return;
      }
    }
  }

  private static void attach(List<Word> words, List<Dependency> deps, int declare, int persona) {
    deps.removeIf(d -> d.dependent() == persona);
    deps.add(new Dependency(declare, "xcomp", persona));
    boolean hasObject =
        deps.stream().anyMatch(d -> d.governor() == declare && d.relation().equals("obj"));
    int before = persona - 1;
    if (!hasObject && before > declare && words.get(before).tag().startsWith("NN")) {
      deps.removeIf(d -> d.dependent() == before);
      deps.add(new Dependency(declare, "obj", before));
    }
  }

  /** The nearest "declare" before the phrase, or -1. */
  private static int declaring(List<Word> words, int persona) {
    for (int k = persona - 1; k >= 0; k--) {
      if (words.get(k).tag().startsWith("VB") && words.get(k).lemma().equals("declare")) {
        return k;
      }
    }
    return -1;
  }

  private static String lower(List<Word> words, int k) {
    return words.get(k).text().toLowerCase(Locale.ROOT);
  }
}
