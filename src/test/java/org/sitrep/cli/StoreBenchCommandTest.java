package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticArticles;
import org.sitrep.store.Store;

/** {@code sitrep bench-store} from the command line: its figures and its refusals. */
class StoreBenchCommandTest {
  @Test
  void benchStoreReportsItsFiguresAndAP99Line() {
    CliRun run = CliRun.of("bench-store", "--events", "2000", "--queries", "50");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines())
        .anyMatch(
            line ->
                line.matches(
                    "insert: 2000 mentions in \\d+ articles, .*: \\d+ mentions/s, \\d+ events/s, .*"))
        .anyMatch(
            line -> line.matches("merged: 2000 mentions into \\d+ events \\(\\d+% of mentions .*"))
        .anyMatch(line -> line.startsWith("store size: "))
        .anyMatch(line -> line.startsWith("all "))
        .anyMatch(line -> line.matches("p99 \\d+\\.\\d ms: (meets|misses) the goal \\(< 50 ms\\)"));
  }

  @Test
  void manyClientsAtAFixedRateReportTheRateTheLatenciesAndTheProcessors() {
    CliRun run =
        CliRun.of(
            "bench-store", "--events", "2000", "--clients", "4", "--rate", "20", "--seconds", "2");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines())
        .anyMatch(line -> line.matches("load: 4 clients, 20 requests/s asked, \\d+ GET .*"))
        .anyMatch(line -> line.startsWith("all "))
        .anyMatch(line -> line.startsWith("processors: this JVM (server and clients) kept "))
        .anyMatch(line -> line.matches("p99 \\d+\\.\\d ms: (under|over) 100 ms"));
    assertThat(run.err()).contains("warm-up, 4 clients", "timed, 4 clients for 2 s");
  }

  @Test
  void loadOptionsOutOfRangeAreUsageErrors() {
    CliRun run = CliRun.of("bench-store", "--events", "10", "--clients", "0");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--clients");
  }

  @Test
  void benchStoreRefusesAStoreThatHoldsArticles(@TempDir Path dir) {
    String db = dir.resolve("full.db").toString();
    try (Store store = Store.open(db)) {
      store.save(new SyntheticArticles(1).next(3));
    }

    CliRun run = CliRun.of("bench-store", "--db", db, "--events", "10", "--queries", "1");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("holds articles already");
  }
}
