package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep batch}'s usage errors, found before any pipeline runs, and one run on the
 * DirectRunner (the pipeline itself: BatchPipelineTest and SameEventsEverywhereTest).
 */
class BatchCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingInputIsAUsageErrorNamingIt() {
    CliRun run =
        CliRun.of("batch", "--input", dir.resolve("nosuch.jsonl").toString(), "--output", "out");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("nosuch.jsonl: no such file").doesNotContain("at org.");
  }

  @Test
  void anUnknownRunnerIsAUsageErrorListingTheKnownOnes() throws Exception {
    CliRun run = batchOfOneArticle("--runner", "NoSuchRunner");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("NoSuchRunner").contains("DirectRunner");
  }

  @Test
  void runnerOptionsTakeTheirValueAfterAnEqualsSign() throws Exception {
    CliRun run = batchOfOneArticle("--targetParallelism", "2");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("2: unexpected argument");
  }

  @Test
  void onTheDirectRunnerTheModelsAreReadyBeforeTheRunAndEachOutputIsOneFile() throws Exception {
    Path input = Path.of("samples/articles/eu-sanctions-package-18-2025-07-19.json");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("batch", "--input", input.toString(), "--output", out.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    String err = run.err();
    assertThat(err).contains("models loaded and warmed up in");
    assertThat(err.indexOf("models loaded")).isLessThan(err.indexOf("batch on the DirectRunner"));
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"articles_coded\" : 1");
    try (Stream<Path> files = Files.list(out)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertThat(names).contains("events-00000-of-00001.jsonl", "events-00000-of-00001.parquet");
      assertThat(names)
          .filteredOn(name -> !name.equals("summary.json"))
          .allMatch(
              name -> name.matches("(events|quotes|problems)-00000-of-00001\\.(jsonl|parquet)"));
    }
  }

  @Test
  void aStoreClusterWorkersCannotShareIsRefusedWithoutEchoingItsPassword() throws Exception {
    CliRun run =
        batchOfOneArticle(
            "--runner",
            "SparkRunner",
            "--db",
            "jdbc:mysql://db.example.org/news?user=sitrep&password=s3cret");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("jdbc:postgresql://")
        .contains("password=***")
        .doesNotContain("s3cret");
  }

  /** {@code sitrep batch} over a one-line input into a fresh folder, with {@code options}. */
  private CliRun batchOfOneArticle(String... options) throws Exception {
    Path input = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"x\"}\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "batch", "--input", input.toString(), "--output", dir.resolve("out").toString()));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }
}
