package org.sitrep.clauses;

import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/**
 * "Late on Wednesday, Thailand recalled its ambassador": after a time phrase that opens with an
 * adverb ("Late on", "Later on"), the parser may read the subject as an apposition of the date and
 * leave the main verb without a subject. A non-date noun in apposition to a date, set off by a
 * comma and followed by the subjectless main verb, is that verb's subject (and its conjuncts').
 *
 * <pre>{@code DatedSubject.repair(words, deps)  // appos(Wednesday, Thailand) -> nsubj(recalled,
 * Thailand)}</pre>
 */
final class DatedSubject {
  private DatedSubject() {}

  static void repair(List<Word> words, List<Dependency> deps) {
    for (Dependency appos : List.copyOf(deps)) {
      if (appos.relation().equals("appos") && appos.governor() >= 0) {
        int verb = subjectlessRoot(words, deps, appos.dependent());
        if (verb >= 0 && datesOnly(words, appos.governor(), appos.dependent())) {
          deps.remove(appos);
          deps.add(new Dependency(verb, "nsubj", appos.dependent()));
          for (int conj : conjunctVerbs(words, deps, verb)) {
            deps.add(new Dependency(conj, "nsubj", appos.dependent()));
          }
        }
      }
    }
  }

  /** A date head, a comma after it, and a noun that is no date itself. */
  private static boolean datesOnly(List<Word> words, int date, int noun) {
    if (words.get(date).timex().isEmpty()
        || words.get(noun).timex().isPresent()
        || !words.get(noun).tag().startsWith("NN")
        || noun < date) {
      return false;
    }
    for (int k = date + 1; k < noun; k++) {
      if (words.get(k).tag().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's root verb after the noun, when it has no subject of its own; else -1. */
  private static int subjectlessRoot(List<Word> words, List<Dependency> deps, int noun) {
    for (Dependency d : deps) {
      int v = d.dependent();
      if (d.relation().equals("root")
          && v > noun
          && words.get(v).tag().startsWith("VB")
          && !hasSubject(deps, v)) {
        return v;
      }
    }
    return -1;
  }

  private static List<Integer> conjunctVerbs(List<Word> words, List<Dependency> deps, int verb) {
    return deps.stream()
        .filter(d -> d.governor() == verb && d.base().equals("conj"))
        .map(Dependency::dependent)
        .filter(c -> words.get(c).tag().startsWith("VB") && !hasSubject(deps, c))
        .toList();
  }

  private static boolean hasSubject(List<Dependency> deps, int verb) {
    return deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }
}
