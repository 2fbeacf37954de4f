package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/*
 * Design note. Scoring pairs each gold event with at most one prediction whose key (actor
 * countries and root, or full codes) is equal. Within one key any pairing gives the same count,
 * but not the same pairs: the date and quantity of a gold event must be compared with the
 * prediction from the same sentence, not with a twin coded elsewhere. So pairing runs in two
 * passes: a maximum bipartite matching (Kuhn's augmenting paths; lists are a few dozen long)
 * over the edges that have the same key AND the same evidence, then a greedy fill, in order, over
 * the edges that only have the same key. Because "same key" is an equivalence, the fill still
 * reaches min(gold, predicted) pairs for every key, so the counts are those of a plain multiset
 * match.
 */

/** Pairs gold items with predicted ones: compatible pairs only, preferred pairs first. */
final class Pairing {
  private Pairing() {}

  /**
   * For each gold index, the index of its predicted partner or -1. {@code compatible} must be an
   * equivalence between the two sides (equal keys); {@code preferred} a sub-relation of it.
   */
  static <G, P> int[] pair(
      List<G> gold, List<P> predicted, BiPredicate<G, P> compatible, BiPredicate<G, P> preferred) {
    int[] goldPartner = new int[gold.size()];
    int[] predictedPartner = new int[predicted.size()];
    Arrays.fill(goldPartner, -1);
    Arrays.fill(predictedPartner, -1);
    BiPredicate<G, P> strong = compatible.and(preferred);
    for (int g = 0; g < gold.size(); g++) {
      augment(
          g, gold, predicted, strong, goldPartner, predictedPartner, new boolean[predicted.size()]);
    }
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size() && goldPartner[g] < 0; p++) {
        if (predictedPartner[p] < 0 && compatible.test(gold.get(g), predicted.get(p))) {
          goldPartner[g] = p;
          predictedPartner[p] = g;
        }
      }
    }
    return goldPartner;
  }

  private static <G, P> boolean augment(
      int g,
      List<G> gold,
      List<P> predicted,
      BiPredicate<G, P> edge,
      int[] goldPartner,
      int[] predictedPartner,
      boolean[] visited) {
    for (int p = 0; p < predicted.size(); p++) {
      if (visited[p] || !edge.test(gold.get(g), predicted.get(p))) {
        continue;
      }
      visited[p] = true;
      int previous = predictedPartner[p];
      if (previous < 0
          || augment(previous, gold, predicted, edge, goldPartner, predictedPartner, visited)) {
        goldPartner[g] = p;
        predictedPartner[p] = g;
        return true;
      }
    }
    return false;
  }
}
