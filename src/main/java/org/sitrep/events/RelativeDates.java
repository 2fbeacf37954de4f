package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;

/*
 * Design note. A clause that names no time may still be dated by a relative clause on the event
 * itself or on what the event acted on: "The clashes, which erupted on Thursday, have killed 35",
 * "brokered the truce, which the cabinet approved late on Tuesday". A relative clause on a person
 * ("Netanyahu, whose country launched its campaign on June 13, congratulated Trump") tells that
 * person's past, not the event's, so relatives on actors and "who/whose" relatives do not count.
 */

/** The words of the relative clauses that may date an event whose own clause names no time. */
final class RelativeDates {
  private static final Set<String> PRONOUNS = Set.of("which", "that");
  private static final List<String> HOLDERS = List.of("obj", "nsubj", "nsubj:pass");

  private RelativeDates() {}

  /**
   * Words in a "which/that" relative clause on the event word {@code verb} (when it is a noun) or
   * on its object or subject; {@code isActor} keeps out relatives on actors.
   */
  static IntPredicate of(DependencyGraph graph, int verb, IntPredicate isActor) {
    Set<Integer> words = new HashSet<>();
    if (verb < 0 || verb >= graph.size()) {
      return words::contains;
    }
    Set<Integer> holders = new HashSet<>();
    if (graph.isNoun(verb)) {
      holders.add(verb);
    }
    for (String relation : HOLDERS) {
      holders.addAll(graph.children(verb, relation));
    }
    for (int noun : holders) {
      if (!graph.isNoun(noun) || isActor.test(noun)) {
        continue;
      }
      for (int clause : graph.children(noun, "acl:relcl")) {
        if (opensWithPronoun(graph, noun, clause)) {
          collect(graph, clause, noun, words);
        }
      }
    }
    return words::contains;
  }

  private static boolean opensWithPronoun(DependencyGraph graph, int noun, int clause) {
    for (int k = noun + 1; k < clause && k < graph.size(); k++) {
      if (PRONOUNS.contains(graph.word(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The words under {@code head}, leaving out {@code antecedent} and what hangs off it. */
  private static void collect(DependencyGraph graph, int head, int antecedent, Set<Integer> into) {
    if (!into.add(head)) {
      return;
    }
    for (Dependency d : graph.dependents(head)) {
      // enhanced++ hangs the antecedent under the relative's verb too: the main clause is not in it
      if (!d.relation().equals("ref") && d.dependent() >= 0 && d.dependent() != antecedent) {
        collect(graph, d.dependent(), antecedent, into);
      }
    }
  }
}
