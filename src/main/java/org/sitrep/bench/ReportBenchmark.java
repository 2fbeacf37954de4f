package org.sitrep.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.CodedArticle;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.Links;
import org.sitrep.report.Report;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportRequest;
import org.sitrep.store.DailyCount;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;

/**
 * How long a situation report takes over a large store: fills it with {@link SyntheticArticles}
 * until it holds the events asked for (their reports merged as they arrive), then times building
 * and rendering reports of a week, a month and a year, whole and for one country. Figures go to
 * stdout, progress to stderr; it never fails on a slow figure.
 *
 * <pre>{@code ReportBenchmark.fill(store, 100_000, 1); ReportBenchmark.time(store, 5);}</pre>
 */
public final class ReportBenchmark {
  /** A report must be ready within this. */
  public static final double GOAL_MS = 2000;

  private static final int CHECK_EVERY = 5_000;
  private static final long PROGRESS_NANOS = 5_000_000_000L;

  /** The synthetic world's last day, which the timed reports end on, as "today". */
  private static final LocalDate TODAY = SyntheticWorld.LAST_DAY;

  private static final List<Map<String, String>> REQUESTS =
      List.of(
          Map.of("last", "7d"),
          Map.of("last", "30d"),
          Map.of("last", "365d"),
          Map.of("last", "30d", "country", "RUS"),
          Map.of("last", "30d", "actor", "USA"));

  private ReportBenchmark() {}

  /** Stores synthetic articles until the store holds at least {@code events} events. */
  public static void fill(Store store, long events, long seed) {
    SyntheticArticles articles = new SyntheticArticles(seed);
    long held = count(store);
    long heldAtStart = held;
    // the store is counted now and then, often enough not to overshoot a small goal by much
    long checkEvery = Math.max(28, Math.min(CHECK_EVERY, events / 10));
    long mentions = 0;
    long sinceCheck = 0;
    long start = System.nanoTime();
    long reported = start;
    while (held < events) {
      CodedArticle article = articles.next(28);
      if (store.save(article)) {
        mentions += article.events().size();
      }
      // counted stored or not, so that a store already holding these articles still ends the loop
      sinceCheck += article.events().size();
      if (sinceCheck >= checkEvery) {
        sinceCheck = 0;
        held = count(store);
        long now = System.nanoTime();
        if (now - reported >= PROGRESS_NANOS) {
          reported = now;
          double seconds = (now - start) / 1e9;
          double eventRate = Math.max(1, held - heldAtStart) / seconds;
          System.err.printf(
              Locale.ROOT,
              "sitrep: %d/%d events (%.0f%%), %d mentions stored, %.0f mentions/s, ETA %.0f s%n",
              held,
              events,
              100.0 * held / events,
              mentions,
              mentions / seconds,
              Math.max(0, events - held) / eventRate);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "fill: %d mentions stored in %.1f s; the store holds %d events%n",
        mentions,
        (System.nanoTime() - start) / 1e9,
        count(store));
  }

  /** Times each report {@code runs} times after one untimed run, and prints best and median. */
  public static void time(Store store, int runs) {
    for (Map<String, String> values : REQUESTS) {
      ReportRequest request = ReportRequest.of(values);
      render(store, request); // warm-up: class loading, the CAMEO tables, SQLite's page cache
      List<Double> millis = new ArrayList<>();
      int bytes = 0;
      long events = 0;
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        Rendered r = render(store, request);
        millis.add((System.nanoTime() - start) / 1e6);
        bytes = r.html().length();
        events = r.report().now().events() + r.report().baselineEvents();
      }
      Collections.sort(millis);
      double median = millis.get(millis.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "report %-22s %7d events read, best %6.0f ms, median %6.0f ms, %4d KB: %s the goal (< %.0f s)%n",
          describe(values),
          events,
          millis.get(0),
          median,
          bytes / 1024,
          median < GOAL_MS ? "meets" : "misses",
          GOAL_MS / 1000);
    }
  }

  private record Rendered(Report report, String html) {}

  private static Rendered render(Store store, ReportRequest request) {
    Report report = ReportBuilder.build(store, request, TODAY);
    return new Rendered(report, HtmlReport.render(report, Links.RELATIVE));
  }

  private static String describe(Map<String, String> values) {
    StringBuilder text = new StringBuilder();
    new java.util.TreeMap<>(values)
        .forEach(
            (k, v) -> text.append(text.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return text.toString();
  }

  private static long count(Store store) {
    return store.daily(EventFilter.ALL).stream().mapToLong(DailyCount::events).sum();
  }
}
