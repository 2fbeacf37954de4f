package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Articles;
import org.sitrep.store.Store;

/** {@code sitrep report} from the command line: its formats, its period and its refusals. */
class ReportCommandTest {
  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void storeTwoWeeks() {
    db = dir.resolve("report.db").toString();
    try (Store store = Store.open(db)) {
      store.save(
          Articles.article("early", "2025-05-02", "Wire")
              .event("Russia shelled Kharkiv.", "2025-05-02", "RUSMIL", "UKR", "190", 4, -10.0)
              .coded());
      store.save(
          Articles.article("late", "2025-05-09", "Wire")
              .event("Russia shelled Sumy.", "2025-05-09", "RUSMIL", "UKR", "190", 4, -10.0)
              .event("Ukraine's envoy met the Pope.", "2025-05-08", "UKRGOV", "VAT", "040", 1, 1.0)
              .coded());
    }
  }

  @Test
  void theLastWeekEndsOnTheNewestStoredEventAndGoesToStdoutAsHtml() {
    CliRun run = CliRun.of("report", "--db", db, "--last", "7d");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("<!doctype html>")
        .contains("2025-05-03 to 2025-05-09", "id=\"headline\"", "id=\"timeline-chart\"");
    assertThat(run.err()).contains("(2 events) written to stdout");
  }

  @Test
  void markdownByTheEndingOfOut() throws Exception {
    Path out = dir.resolve("week.md");
    CliRun run =
        CliRun.of(
            "report",
            "--db",
            db,
            "--from",
            "2025-05-01",
            "--to",
            "2025-05-09",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# Situation report: 2025-05-01 to 2025-05-09")
        .contains("| events | 3 |");
  }

  @Test
  void badRequestsAreUsageErrorsNamingTheOption() {
    assertThat(CliRun.of("report", "--db", db, "--last", "36h").err()).contains("last must be");
    assertThat(CliRun.of("report", "--db", db, "--last", "7d", "--from", "2025-05-01").exit())
        .isEqualTo(ExitCodes.USAGE);
    CliRun pdf = CliRun.of("report", "--db", db, "--format", "pdf");
    assertThat(pdf.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(pdf.err()).contains("--format pdf needs --out FILE");
    CliRun missing = CliRun.of("report", "--db", dir.resolve("none.db").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no store here");
  }

  @Test
  void benchReportFillsAStoreAndTimesEachReport() {
    CliRun run = CliRun.of("bench-report", "--events", "300", "--runs", "1");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines())
        .anyMatch(
            line -> line.matches("fill: \\d+ mentions stored in .*; the store holds \\d+ events"))
        .anyMatch(
            line -> line.matches("report last=7d +\\d+ events read, best +\\d+ ms, median .*"))
        .filteredOn(line -> line.startsWith("report "))
        .hasSize(5);
  }
}
