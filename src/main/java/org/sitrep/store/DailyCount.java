package org.sitrep.store;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Events on one day: how many, how many per quad class (1-4; 0 for codes outside CAMEO), and the
 * mean Goldstein score of those that have one.
 */
public record DailyCount(
    String date, long events, Map<Integer, Long> byQuad, OptionalDouble meanGoldstein) {
  public DailyCount {
    Objects.requireNonNull(date, "date");
    byQuad = Map.copyOf(byQuad);
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }

  /** Sums the per-quad rows of one day. */
  static final class Builder {
    private final String date;
    private final Map<Integer, Long> byQuad = new TreeMap<>();
    private long events;
    private double goldsteinSum;
    private long scored;

    Builder(String date) {
      this.date = date;
    }

    void add(int quad, long count, double goldsteinTotal, long scoredCount) {
      byQuad.merge(quad, count, Long::sum);
      events += count;
      goldsteinSum += goldsteinTotal;
      scored += scoredCount;
    }

    DailyCount build() {
      return new DailyCount(
          date,
          events,
          byQuad,
          scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldsteinSum / scored));
    }
  }
}
