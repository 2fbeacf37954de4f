package org.sitrep.events;

import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.coding.Located;
import org.sitrep.discourse.Mention;

/**
 * Whether an event pairs two conjuncts: "Japan and Australia condemned the test" is two events
 * against the tester, never Japan against Australia.
 */
final class Coordinated {
  private Coordinated() {}

  static boolean pair(DependencyGraph graph, List<Mention> mentions, Located e) {
    if (e.sourceAt() < 0 || e.targetAt() < 0) {
      return false;
    }
    int[] source = span(mentions, e.sourceAt());
    int[] target = span(mentions, e.targetAt());
    for (int s = source[0]; s < source[1]; s++) {
      for (Dependency d : graph.dependents(s)) {
        if (d.base().equals("conj") && d.dependent() >= target[0] && d.dependent() < target[1]) {
          return true;
        }
      }
      for (Dependency d : graph.governors(s)) {
        if (d.base().equals("conj") && d.governor() >= target[0] && d.governor() < target[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] span(List<Mention> mentions, int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return new int[] {word, word + 1};
  }
}
