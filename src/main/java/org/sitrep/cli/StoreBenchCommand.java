package org.sitrep.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.api.ApiServer;
import org.sitrep.bench.LoadBenchmark;
import org.sitrep.bench.StoreBenchmark;
import org.sitrep.store.ArticleFilter;
import org.sitrep.store.EventFilter;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-store}: how fast the store takes events in and how fast the API pages through
 * them, at a size no test corpus reaches.
 *
 * <pre>{@code sitrep bench-store --events 1000000 --queries 2000}</pre>
 *
 * <p>Stores {@link SyntheticArticles} through {@link Store#save} into a fresh store (a temporary
 * SQLite file unless --db names one), then serves it with {@link ApiServer} on a free local port
 * and times {@link StoreQueryMix}'s filtered, paginated event queries over HTTP after a warm-up.
 * The figures go to stdout, progress to stderr; it never fails on a slow figure.
 */
@Command(
    name = "bench-store",
    description = {
      "Stores synthetic coded articles, half of them telling again the events of an earlier one,"
          + " into a fresh store and reports the insert rate (mentions/s and events/s after"
          + " merging), how many events the mentions made and the store's size,"
          + " then times filtered, paginated GET /api/events queries over HTTP and reports p50/p90/p99/max"
          + " latency overall and per kind of query, and whether p99 is under 50 ms. With --clients"
          + " or --rate, many clients query at once for --seconds: the rate reached, latencies and"
          + " how busy the processors were."
    })
final class StoreBenchCommand implements Callable<Integer> {

  @Option(
      names = "--events",
      defaultValue = "1000000",
      description =
          "Mentions to store, the coded events of the synthetic articles, many of them telling"
              + " again an earlier article's events (default ${DEFAULT-VALUE}).")
  long events;

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "A new or empty store to fill: a SQLite file or"
              + " jdbc:postgresql://... (default: a temporary SQLite file, deleted afterwards).")
  @Nullable String db;

  @Option(
      names = "--queries",
      defaultValue = "2000",
      description = "Timed queries (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--clients",
      defaultValue = "1",
      description =
          "Clients querying at once (default ${DEFAULT-VALUE}); with more than one, or with"
              + " --rate, the queries run for --seconds instead of --queries.")
  int clients;

  @Option(
      names = "--rate",
      defaultValue = "0",
      description =
          "Requests per second the clients send together, each due at its moment whether or not"
              + " earlier ones came back (default: as fast as answers come).")
  double rate;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "How long the clients query, after a warm-up (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the articles and queries (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException, InterruptedException {
    requireCounts();
    try (BenchDatabase database = BenchDatabase.of(db, "bench-store");
        Store store = Store.open(database.where())) {
      requireEmpty(store);
      System.out.printf(
          Locale.ROOT,
          "bench-store: %d synthetic mentions (seed %d) into %s%n",
          events,
          seed,
          store.describe());
      StoreBenchmark.insert(store, events, seed);
      System.out.println(StoreBenchmark.size(database.where()));
      if (clients > 1 || rate > 0) {
        LoadBenchmark.run(store, seed, clients, rate, seconds);
      } else {
        StoreBenchmark.query(store, seed, queries);
      }
    }
    return ExitCodes.OK;
  }

  // A method of its own: SpotBugs 4.9.3 takes the picocli-set fields for their default 0, believes
  // the throw certain and fails on the dead code after it (docs/decisions.md, SpotBugs).
  private void requireCounts() {
    if (events < 1) {
      throw new UserError("--events must be at least 1: " + events);
    }
    if (clients < 1 || rate < 0 || seconds < 1) {
      throw new UserError(
          "--clients and --seconds must be at least 1 and --rate not negative: "
              + clients
              + ", "
              + seconds
              + ", "
              + rate);
    }
    if (queries < 1) {
      throw new UserError("--queries must be at least 1: " + queries);
    }
  }

  private void requireEmpty(Store store) {
    boolean empty =
        store.events(EventFilter.ALL, PageRequest.first(1)).items().isEmpty()
            && store.articles(ArticleFilter.of(Map.of()), PageRequest.first(1)).items().isEmpty();
    if (!empty) {
      throw new UserError(
          db
              + ": the store holds articles already; bench-store fills only a new or empty one"
              + " (give --db a new file, or none for a temporary one)");
    }
  }
}
