package org.sitrep.store;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Events on one day: how many, the reports (mentions) and sources (outlets, counted per event) that
 * told them, how many per quad class (1-4; 0 for codes outside CAMEO), and the mean Goldstein score
 * of those that have one.
 *
 * <pre>{@code day.events()  // 12; day.reports()  // 31; day.sources()  // 20}</pre>
 */
public record DailyCount(
    String date,
    long events,
    long reports,
    long sources,
    Map<Integer, Long> byQuad,
    OptionalDouble meanGoldstein) {
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
    private long reports;
    private long sources;
    private double goldsteinSum;
    private long scored;

    Builder(String date) {
      this.date = date;
    }

    void add(
        int quad,
        long count,
        long mentions,
        long outlets,
        double goldsteinTotal,
        long scoredCount) {
      byQuad.merge(quad, count, Long::sum);
      events += count;
      reports += mentions;
      sources += outlets;
      goldsteinSum += goldsteinTotal;
      scored += scoredCount;
    }

    DailyCount build() {
      return new DailyCount(
          date,
          events,
          reports,
          sources,
          byQuad,
          scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldsteinSum / scored));
    }
  }
}
