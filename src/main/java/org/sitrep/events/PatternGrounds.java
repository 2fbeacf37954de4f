package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.coding.Located;

/**
 * Whether a PETRARCH pattern's event holds in the sentence's dependencies. The patterns match
 * phrases in the constituency tree and, in long news sentences, take a noun of another clause for
 * the verb's target: "Seoul said thousands of North Korean troops had been sent to Russia" is no
 * act of Seoul on the troops, "described the blasts as a breach ... in a year of fighting with
 * Israel" no fight with Israel. The event stands when its verb is not negated and its target is
 * reached from the verb without entering a clause of its own (a reported, adverbial or subject
 * clause), or is the noun whose relative clause the verb heads. Two reported clauses do belong to
 * the speaker: one whose subject is a pronoun ("Japan said it would provide Ukraine with aid": its
 * own act), and the one a comment (root 01) is about ("said Russia had become a threat").
 */
final class PatternGrounds {
  // relations that open a clause of its own, with its own predicate
  private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "csubj", "parataxis", "dep");
  // enough hops for "hostages held in Gaza", "the remains of 28 hostages"
  private static final int MAX_HOPS = 8;

  private PatternGrounds() {}

  /** Whether the pattern's event {@code e} is told by its verb's own clause. */
  static boolean holds(DependencyGraph graph, Located e) {
    int verb = e.verb();
    if (verb < 0 || verb >= graph.size()) {
      return true;
    }
    if (graph.isNegated(verb)) {
      // "did not mention Kursk"
      return false;
    }
    int target = e.targetAt();
    if (e.target().isNone()
        || target < 0
        || target >= graph.size()
        || target == verb
        || e.code().root().equals("01")) {
      return true;
    }
    return reachedWithinClause(graph, target, verb) || heads(graph, verb, target);
  }

  /** Whether {@code word} climbs to {@code verb} through its governors without a clause edge. */
  private static boolean reachedWithinClause(DependencyGraph graph, int word, int verb) {
    Deque<int[]> todo = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    todo.add(new int[] {word, 0});
    while (!todo.isEmpty()) {
      int[] at = todo.poll();
      if (at[0] == verb) {
        return true;
      }
      if (at[1] >= MAX_HOPS || !seen.add(at[0])) {
        continue;
      }
      for (Dependency d : graph.governors(at[0])) {
        if (d.governor() >= 0 && !opensClause(graph, d)) {
          todo.add(new int[] {d.governor(), at[1] + 1});
        }
      }
    }
    return false;
  }

  /**
   * A clause edge whose dependent is a predicate of its own, not a misattached noun, nor a reported
   * clause about the speaker itself.
   */
  private static boolean opensClause(DependencyGraph graph, Dependency d) {
    String tag = graph.word(d.dependent()).tag();
    return CLAUSES.contains(d.base())
        && !tag.startsWith("NN")
        && !tag.startsWith("PRP")
        && !(d.base().equals("ccomp") && hasPronounSubject(graph, d.dependent()));
  }

  private static boolean hasPronounSubject(DependencyGraph graph, int clause) {
    for (int subject : graph.childrenByBase(clause, "nsubj")) {
      if (graph.word(subject).tag().equals("PRP")) {
        return true;
      }
    }
    return false;
  }

  /** "the town that Russian forces captured": the verb heads a relative clause on the target. */
  private static boolean heads(DependencyGraph graph, int verb, int target) {
    for (Dependency d : graph.governors(verb)) {
      if (d.base().equals("acl") && d.governor() == target) {
        return true;
      }
    }
    return false;
  }
}
