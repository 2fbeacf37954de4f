package org.sitrep.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.bench.ReportBenchmark;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-report}: how long a situation report takes over a large store.
 *
 * <pre>{@code sitrep bench-report --events 100000}</pre>
 */
@Command(
    name = "bench-report",
    description = {
      "Fills a store with synthetic coded articles until it holds --events events (a temporary"
          + " SQLite file unless --db names one; a store that holds enough already is used as it"
          + " is), then times building and rendering the HTML report of the last 7, 30 and 365"
          + " days, and of 30 days for one country and one actor, and says whether each is under"
          + " 2 s."
    })
final class ReportBenchCommand implements Callable<Integer> {
  @Option(
      names = "--events",
      defaultValue = "100000",
      description = "Events the store must hold (default ${DEFAULT-VALUE}).")
  long events;

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The store to fill or use (default: a temporary SQLite file, deleted afterwards).")
  @Nullable String db;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Timed runs of each report, after one untimed (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic articles (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    requireCounts();
    try (BenchDatabase database = BenchDatabase.of(db, "bench-report");
        Store store = Store.open(database.where())) {
      System.out.printf(Locale.ROOT, "bench-report: %d events in %s%n", events, store.describe());
      ReportBenchmark.fill(store, events, seed);
      ReportBenchmark.time(store, runs);
    }
    return ExitCodes.OK;
  }

  // A method of its own: SpotBugs 4.9.3 takes the picocli-set fields for their default 0, believes
  // the throw certain and fails on the dead code after it (docs/decisions.md, SpotBugs).
  private void requireCounts() {
    if (events < 1 || runs < 1) {
      throw new UserError("--events and --runs must be at least 1: " + events + ", " + runs);
    }
  }
}
