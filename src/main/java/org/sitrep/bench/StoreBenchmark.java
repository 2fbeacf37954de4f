package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.api.ApiServer;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.DailyCount;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;

/**
 * How fast the store takes events in and how fast the API pages through them, at a size no test
 * corpus reaches: stores {@link SyntheticArticles} through {@link Store#save} (each coded event a
 * mention, merged into the event it reports: the insert rate counts both), then serves the store
 * with {@link ApiServer} on a free local port and times {@link StoreQueryMix}'s filtered, paginated
 * event queries over HTTP after a warm-up. Figures go to stdout, progress to stderr; it never fails
 * on a slow figure.
 *
 * <pre>{@code StoreBenchmark.insert(store, 1_000_000, 1); StoreBenchmark.query(store, 1, 2000);}
 * </pre>
 */
public final class StoreBenchmark {
  private static final double GOAL_P99_MS = 50;
  private static final long PROGRESS_NANOS = 5_000_000_000L;
  private static final int PAGE = 50;

  private StoreBenchmark() {}

  public static void insert(Store store, long events, long seed) {
    SyntheticArticles articles = new SyntheticArticles(seed);
    long stored = 0;
    long saved = 0;
    long saveNanos = 0;
    long start = System.nanoTime();
    long reported = start;
    while (stored < events) {
      CodedArticle article = articles.next((int) Math.min(Integer.MAX_VALUE, events - stored));
      long before = System.nanoTime();
      if (!store.save(article)) {
        throw new IllegalStateException(
            "synthetic article " + article.article().id() + " was stored already");
      }
      long now = System.nanoTime();
      saveNanos += now - before;
      stored += article.events().size();
      saved++;
      if (now - reported >= PROGRESS_NANOS) {
        reported = now;
        double rate = stored / ((now - start) / 1e9);
        System.err.printf(
            Locale.ROOT,
            "sitrep: stored %d/%d mentions (%.0f%%), %.0f mentions/s, ETA %s%n",
            stored,
            events,
            100.0 * stored / events,
            rate,
            duration((events - stored) / rate));
      }
    }
    double seconds = saveNanos / 1e9;
    long merged = events(store, EventFilter.ALL);
    System.out.printf(
        Locale.ROOT,
        "insert: %d mentions in %d articles, %.1f s in Store.save (%.1f s with generation):"
            + " %.0f mentions/s, %.0f events/s, %.0f articles/s%n",
        stored,
        saved,
        seconds,
        (System.nanoTime() - start) / 1e9,
        stored / seconds,
        merged / seconds,
        saved / seconds);
    System.out.printf(
        Locale.ROOT,
        "merged: %d mentions into %d events (%.0f%% of mentions joined an earlier event);"
            + " %d told by 2 or more outlets, %d contested%n",
        stored,
        merged,
        100.0 * (stored - merged) / stored,
        events(store, EventFilter.of(Map.of("min_sources", "2"))),
        events(store, EventFilter.of(Map.of("contested", "true"))));
  }

  /** How many stored events the filter matches: the sum of its days. */
  private static long events(Store store, EventFilter filter) {
    return store.daily(filter).stream().mapToLong(DailyCount::events).sum();
  }

  /**
   * Serves the store and times {@code queries} of the mix drawn from {@code seed}, after a warm-up.
   */
  public static void query(Store store, long seed, int queries)
      throws IOException, InterruptedException {
    int warmUp = Math.min(queries, 300);
    try (ApiServer server =
        ApiServer.start(
            store,
            () -> {
              throw new IllegalStateException("bench-store takes no articles over HTTP");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()))) {
      ApiProbe probe = new ApiProbe(server.port(), PAGE);
      run(probe, new StoreQueryMix(seed + 1), warmUp, new Latencies(), "warm-up");
      Latencies latencies = new Latencies();
      run(probe, new StoreQueryMix(seed + 2), queries, latencies, "timed");
      System.out.printf(
          Locale.ROOT,
          "queries: %d timed GET /api/events (limit %d) after %d warm-up, one keep-alive connection%n",
          latencies.count(),
          PAGE,
          warmUp);
      latencies.print(System.out);
      double p99 = latencies.p99();
      System.out.printf(
          Locale.ROOT,
          "p99 %.1f ms: %s%n",
          p99,
          p99 < GOAL_P99_MS ? "meets the goal (< 50 ms)" : "misses the goal (< 50 ms)");
    }
  }

  /** Runs {@code count} queries of the mix; a next page first fetches, untimed, its first page. */
  private static void run(
      ApiProbe probe, StoreQueryMix mix, int count, Latencies latencies, String phase)
      throws IOException, InterruptedException {
    long reported = System.nanoTime();
    for (int i = 0; i < count; i++) {
      ask(probe, mix, System.nanoTime(), latencies);
      if (System.nanoTime() - reported >= PROGRESS_NANOS) {
        reported = System.nanoTime();
        System.err.printf(Locale.ROOT, "sitrep: %s queries %d/%d%n", phase, i + 1, count);
      }
    }
  }

  /**
   * Asks the next query of the mix and records its latency from {@code due} (the moment it was
   * meant to be sent, so a client that fell behind counts its wait) to the whole answer read. A
   * next page first fetches, untimed, a first page that has one; after 20 first pages without a
   * second there is nothing to time and nothing is recorded.
   */
  static void ask(ApiProbe probe, StoreQueryMix mix, long due, Latencies latencies)
      throws IOException, InterruptedException {
    StoreQueryMix.Query query = mix.next();
    Optional<String> cursor = Optional.empty();
    if (query.kind() == StoreQueryMix.Kind.NEXT_PAGE) {
      cursor = probe.get(query.params(), Optional.empty()).next();
      for (int tries = 0; tries < 20 && cursor.isEmpty(); tries++) {
        query = mix.draw(StoreQueryMix.Kind.NEXT_PAGE);
        cursor = probe.get(query.params(), Optional.empty()).next();
      }
      if (cursor.isEmpty()) {
        return;
      }
      due = System.nanoTime(); // the untimed first page must not count
    }
    long late = Math.max(0, System.nanoTime() - due);
    ApiProbe.Answer answer = probe.get(query.params(), cursor);
    latencies.add(query.kind().label, late + answer.nanos(), answer.items());
  }

  /** The SQLite file's size with its write-ahead log; PostgreSQL's is not measured. */
  public static String size(String where) throws IOException {
    if (where.startsWith("jdbc:") && !where.startsWith("jdbc:sqlite:")) {
      return "store size: not measured (not a SQLite file)";
    }
    String file =
        where.startsWith("jdbc:sqlite:") ? where.substring("jdbc:sqlite:".length()) : where;
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path part = Path.of(file + suffix);
      if (Files.exists(part)) {
        bytes += Files.size(part);
      }
    }
    return String.format(
        Locale.ROOT,
        "store size: %.0f MB on disk (%d bytes, write-ahead log included)",
        bytes / 1e6,
        bytes);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
  }
}
