package org.sitrep.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * A fixed list drawn from at random, each item as often as its weight says. With weights that fall
 * with rank ({@link #zipf}) a few items make most draws, as a few countries, actors and outlets
 * make most of the news.
 *
 * <pre>
 * {@code Weighted.zipf(List.of("RUS", "UKR", "USA"), 1.0).pick(random)  // RUS about half the time}
 * </pre>
 */
final class Weighted<T> {
  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] weights) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to draw from");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0)) {
        throw new IllegalArgumentException(
            "weight must be positive: " + weights[i] + " for " + items.get(i));
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static <T> Weighted<T> of(List<T> items, ToDoubleFunction<T> weight) {
    return new Weighted<>(items, items.stream().mapToDouble(weight).toArray());
  }

  /** Weights 1, 1/2^s, 1/3^s ... by position: Zipf's law with exponent {@code s}. */
  static <T> Weighted<T> zipf(List<T> items, double s) {
    double[] weights = new double[items.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / Math.pow(i + 1, s);
    }
    return new Weighted<>(items, weights);
  }

  T pick(SplittableRandom random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, point);
    int index = at >= 0 ? at + 1 : -at - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  List<T> items() {
    return items;
  }
}
