package org.sitrep.report;

import java.util.OptionalDouble;

/**
 * One dyad's or country's events in the report's period (index 0) and each baseline period before
 * it (1..n): counts and the Goldstein scores summed, for means. Filled as rows are read.
 *
 * <pre>{@code series.add(0, 4, -30.0, 4); series.count(0)  // 4}</pre>
 */
final class Series {
  private final long[] counts;
  private final double[] goldstein;
  private final long[] scored;

  Series(int periods) {
    counts = new long[periods];
    goldstein = new double[periods];
    scored = new long[periods];
  }

  void add(int period, long events, double goldsteinSum, long scoredEvents) {
    counts[period] += events;
    goldstein[period] += goldsteinSum;
    scored[period] += scoredEvents;
  }

  int periods() {
    return counts.length;
  }

  long count(int period) {
    return counts[period];
  }

  /** Mean events per baseline period. */
  double baselineMean() {
    double sum = 0;
    for (int i = 1; i < counts.length; i++) {
      sum += counts[i];
    }
    return sum / (counts.length - 1);
  }

  /** Standard deviation of the baseline periods' counts (population). */
  double baselineSpread() {
    double mean = baselineMean();
    double squares = 0;
    for (int i = 1; i < counts.length; i++) {
      squares += (counts[i] - mean) * (counts[i] - mean);
    }
    return Math.sqrt(squares / (counts.length - 1));
  }

  long scoredNow() {
    return scored[0];
  }

  long scoredBefore() {
    long n = 0;
    for (int i = 1; i < scored.length; i++) {
      n += scored[i];
    }
    return n;
  }

  OptionalDouble goldsteinNow() {
    return scored[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldstein[0] / scored[0]);
  }

  /** Mean Goldstein over all baseline events together. */
  OptionalDouble goldsteinBefore() {
    double sum = 0;
    for (int i = 1; i < goldstein.length; i++) {
      sum += goldstein[i];
    }
    long n = scoredBefore();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }
}
