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

  /** "met in Geneva", "spoke at the Munich Security Conference": a place, not a party. */
  static boolean placeTarget(DependencyGraph graph, Located e) {
    if (e.targetAt() < 0 || e.targetAt() >= graph.size()) {
      return false;
    }
    for (int k = e.targetAt() - 1; k >= 0 && k >= e.targetAt() - 4; k--) {
      String w = graph.word(k).text().toLowerCase(java.util.Locale.ROOT);
      if (PLACE_PREPOSITIONS.contains(w)) {
        return true;
      }
      String tag = graph.word(k).tag();
      if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NNP"))) {
        return false;
      }
    }
    return false;
  }

  /** "according to Iranian state television": the outlet that reports is not a party. */
  static boolean reporter(DependencyGraph graph, Located e) {
    return inAccordingTo(graph, e.sourceAt()) || inAccordingTo(graph, e.targetAt());
  }

  private static boolean inAccordingTo(DependencyGraph graph, int word) {
    for (int k = Math.min(word, graph.size()) - 1; k >= 1 && k >= word - 6; k--) {
      if (graph.word(k).text().equalsIgnoreCase("to")
          && graph.word(k - 1).text().equalsIgnoreCase("according")) {
        return true;
      }
      String tag = graph.word(k).tag();
      if (!(tag.equals("DT")
          || tag.startsWith("JJ")
          || tag.startsWith("NN")
          || tag.equals("POS"))) {
        return false;
      }
    }
    return false;
  }

  /** An actor and its own country ("France ... French support") are one party, not a dyad. */
  static boolean sameParty(Located e) {
    return !e.target().isNone() && Dyads.oneParty(e.source(), e.target());
  }

  private static final java.util.Set<String> PLACE_PREPOSITIONS =
      java.util.Set.of("in", "at", "near", "across", "inside", "around", "outside");

  private static int[] span(List<Mention> mentions, int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return new int[] {word, word + 1};
  }
}
