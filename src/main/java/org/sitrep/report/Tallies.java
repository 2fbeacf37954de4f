package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.sitrep.cameo.ActorCodeNames;
import org.sitrep.store.DailyCount;
import org.sitrep.store.DyadTally;

/**
 * The report's period and its baseline periods, added up from the store's rows of events per period
 * and dyad: headline figures, each dyad's and country's {@link Series}, the actors of each side of
 * the baseline, the network's dyads; and the timeline from the period's events per day.
 *
 * <pre>
 * {@code Tallies t = Tallies.of(period, store.dyadTallies(filter, starts), days); t.figures(0)}
 * </pre>
 */
final class Tallies {
  private static final ActorCodeNames CODES = ActorCodeNames.bundled();
  private final Period period;
  private static final int PERIODS = Escalation.BASELINE_PERIODS + 1;
  private final Series[] totals = new Series[PERIODS];
  private final long[] conflict = new long[PERIODS];
  private final Map<String, Series> dyads = new HashMap<>();
  private final Map<String, Series> countries = new HashMap<>();
  private final Map<LocalDate, long[]> days = new HashMap<>();
  private final Map<String, Long> actorsNow = new HashMap<>();
  private final Set<String> actorsBefore = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();

  private Tallies(Period period) {
    this.period = period;
    for (int i = 0; i < PERIODS; i++) {
      totals[i] = new Series(1);
    }
  }

  /**
   * @param rows the period's and its baseline's events, by period ({@link #starts})
   * @param daily the period's events per day
   */
  static Tallies of(Period period, List<DyadTally> rows, List<DailyCount> daily) {
    Tallies t = new Tallies(period);
    rows.forEach(t::add);
    for (DailyCount day : daily) {
      long[] counts = t.days.computeIfAbsent(LocalDate.parse(day.date()), d -> new long[5]);
      day.byQuad().forEach((quad, n) -> counts[quad >= 0 && quad <= 4 ? quad : 0] += n);
    }
    return t;
  }

  /** The first days of the period and of each baseline period, newest first. */
  static List<LocalDate> starts(Period period) {
    List<LocalDate> starts = new ArrayList<>();
    for (int k = 0; k <= Escalation.BASELINE_PERIODS; k++) {
      starts.add(period.before(k).from());
    }
    return starts;
  }

  private void add(DyadTally row) {
    int k = row.period();
    if (k < 0 || k >= PERIODS) {
      return;
    }
    totals[k].add(0, row.events(), row.goldsteinSum(), row.scored());
    if (row.quadClass() == 4) {
      conflict[k] += row.events();
    }
    row.target()
        .ifPresent(
            target ->
                series(dyads, row.source() + ">" + target)
                    .add(k, row.events(), row.goldsteinSum(), row.scored()));
    Set<String> inCountries = new LinkedHashSet<>();
    inCountries.add(row.sourceCountry());
    row.targetCountry().ifPresent(inCountries::add);
    row.placeCountry().ifPresent(inCountries::add);
    inCountries.removeIf(c -> c.length() != 3);
    for (String country : inCountries) {
      series(countries, country).add(k, row.events(), row.goldsteinSum(), row.scored());
    }
    names.putIfAbsent(row.source(), row.sourceName());
    row.target().ifPresent(t -> names.putIfAbsent(t, row.targetName().orElse(t)));
    if (k == 0) {
      actorsNow.merge(row.source(), row.events(), Long::sum);
      row.target().ifPresent(t -> actorsNow.merge(t, row.events(), Long::sum));
    } else {
      actorsBefore.add(row.source());
      row.target().ifPresent(actorsBefore::add);
    }
  }

  private Series series(Map<String, Series> map, String key) {
    return map.computeIfAbsent(key, k -> new Series(PERIODS));
  }

  /** Figures of the period {@code k} periods back (0: the report's). */
  Figures figures(int k) {
    Series s = totals[k];
    return new Figures(s.count(0), conflict[k], s.goldsteinNow());
  }

  /** Events in all baseline periods together. */
  long baselineEvents() {
    long n = 0;
    for (int k = 1; k < PERIODS; k++) {
      n += totals[k].count(0);
    }
    return n;
  }

  Map<String, Series> dyads() {
    return dyads;
  }

  Map<String, Series> countries() {
    return countries;
  }

  /** Every day of the period with its events by quad class, days without events too. */
  List<DayBar> timeline() {
    List<DayBar> bars = new ArrayList<>();
    for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
      long[] counts = days.getOrDefault(d, new long[5]);
      bars.add(new DayBar(d, Arrays.stream(counts).boxed().toList()));
    }
    return bars;
  }

  /** Actors of the period that no baseline event had, most events first. */
  List<NewActor> newActors(int limit) {
    return actorsNow.entrySet().stream()
        .filter(e -> !actorsBefore.contains(e.getKey()))
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new NewActor(e.getKey(), name(e.getKey()), e.getValue()))
        .toList();
  }

  /** The period's busiest dyads, for the network chart. */
  List<Link> network(int limit) {
    return dyads.entrySet().stream()
        .filter(e -> e.getValue().count(0) > 0)
        .sorted(
            (a, b) -> {
              int byCount = Long.compare(b.getValue().count(0), a.getValue().count(0));
              return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
            })
        .limit(limit)
        .map(e -> link(e.getKey(), e.getValue()))
        .toList();
  }

  private Link link(String key, Series s) {
    String[] codes = key.split(">", 2);
    OptionalDouble mean = s.goldsteinNow();
    return new Link(codes[0], codes[1], name(codes[0]), name(codes[1]), s.count(0), mean);
  }

  /** A code's CAMEO name, else the name its events gave it, else the code. */
  String name(String code) {
    return CODES.name(code).orElseGet(() -> names.getOrDefault(code, code));
  }

  /** A dyad key's or a country's label: "Russia military → Ukraine", "Ukraine". */
  String label(String key) {
    int arrow = key.indexOf('>');
    if (arrow < 0) {
      return CODES.country(key).orElse(key);
    }
    return name(key.substring(0, arrow)) + " → " + name(key.substring(arrow + 1));
  }
}
