package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.export.EventJson;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TestPostgres;

/**
 * The same articles give the same events through {@code sitrep code}, {@code sitrep ingest} and
 * {@code sitrep batch} on every runner: the DirectRunner, Spark on {@code local[2]} and an embedded
 * Flink (the smoke tests of the two cluster runners). Events are compared as their records, without
 * what only one output adds (the store's id and coverage, the line's outlet and address).
 */
@NeedsModels
class SameEventsEverywhereTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARTICLES = List.of("drones", "talks", "sanctions");

  @TempDir static Path dir;
  private static Path articles;
  private static List<String> coded;

  @BeforeAll
  static void codeTheArticles() throws IOException {
    articles = dir.resolve("articles.jsonl");
    try (InputStream in =
        Objects.requireNonNull(
            SameEventsEverywhereTest.class.getResourceAsStream(
                "/org/sitrep/beam/articles.jsonl"))) {
      Files.copy(in, articles);
    }
    CliRun code = CliRun.of("code", articles.toString());
    assertThat(code.exit()).as(code.err()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    coded = records(code.outLines());
    assertThat(coded).hasSizeGreaterThan(2);
  }

  @Test
  void ingestStoresTheEventsCodePrints() {
    String db = dir.resolve("store.sqlite").toString();
    CliRun ingest = CliRun.of("ingest", "--db", db, articles.toString());
    assertThat(ingest.exit()).as(ingest.err()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    assertThat(stored(db)).containsExactlyInAnyOrderElementsOf(coded);
  }

  @Test
  void theDirectRunnerStoresTheEventsCodePrintsOnceHoweverOftenItRuns() throws IOException {
    String db = dir.resolve("batch.sqlite").toString();
    assertThat(batch("direct-db", "--db", db, "--runner", "DirectRunner"))
        .containsExactlyInAnyOrderElementsOf(coded);
    assertThat(stored(db)).containsExactlyInAnyOrderElementsOf(coded);

    CliRun again =
        CliRun.of(
            "batch",
            "--input",
            articles.toString(),
            "--output",
            dir.resolve("direct-db-again").toString(),
            "--db",
            db);
    assertThat(again.err()).contains("0 articles stored, 3 stored already");
    assertThat(stored(db)).containsExactlyInAnyOrderElementsOf(coded);
  }

  @Test
  void sparkStoresTheEventsCodePrintsIntoPostgresql() throws IOException {
    TestPostgres server = TestPostgres.start();
    try {
      String db = server.url();
      assertThat(batch("spark-db", "--db", db, "--runner", "SparkRunner", "--sparkMaster=local[2]"))
          .containsExactlyInAnyOrderElementsOf(coded);
      assertThat(stored(db)).containsExactlyInAnyOrderElementsOf(coded);
    } finally {
      server.drop();
    }
  }

  @Test
  void aClusterRunnerRefusesASqliteFileItsWorkersWouldEachWriteApart() {
    CliRun spark =
        CliRun.of(
            "batch",
            "--input",
            articles.toString(),
            "--output",
            dir.resolve("spark-sqlite").toString(),
            "--db",
            dir.resolve("spark.sqlite").toString(),
            "--runner",
            "SparkRunner");
    assertThat(spark.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(spark.err()).contains("jdbc:postgresql://");
    assertThat(dir.resolve("spark.sqlite")).doesNotExist();
  }

  /** The stored events of the three good articles, as records. */
  private static List<String> stored(String db) {
    List<String> stored = new ArrayList<>();
    try (Store store = Store.open(db)) {
      for (String id : ARTICLES) {
        for (StoredEvent report : store.article(id).orElseThrow().events()) {
          stored.add(EventJson.node(report.event()).toString());
        }
      }
    }
    return stored;
  }

  @Test
  void theDirectRunnerWritesTheEventsCodePrints() throws IOException {
    assertThat(batch("direct", "--runner", "DirectRunner"))
        .containsExactlyInAnyOrderElementsOf(coded);
  }

  @Test
  void sparkOnALocalMasterWritesTheEventsCodePrints() throws IOException {
    assertThat(batch("spark", "--runner", "SparkRunner", "--sparkMaster=local[2]"))
        .containsExactlyInAnyOrderElementsOf(coded);
  }

  @Test
  void anEmbeddedFlinkWritesTheEventsCodePrints() throws IOException {
    assertThat(batch("flink", "--runner", "FlinkRunner", "--parallelism=2"))
        .containsExactlyInAnyOrderElementsOf(coded);
  }

  private static List<String> batch(String name, String... runner) throws IOException {
    Path out = dir.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of("batch", "--input", articles.toString(), "--output", out.toString()));
    args.addAll(List.of(runner));
    CliRun batch = CliRun.of(args.toArray(String[]::new));
    assertThat(batch.exit()).as(batch.err()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    assertThat(batch.err()).contains("3 articles read, 3 coded, 0 failed");
    assertThat(out.resolve("summary.json")).exists();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.startsWith("events-") && fileName.endsWith(".jsonl")) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    return records(lines);
  }

  /** Each event line as its record alone, in EventJson.node's field order. */
  private static List<String> records(List<String> lines) throws IOException {
    List<String> records = new ArrayList<>();
    for (String line : lines) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.remove(List.of("type", "id", "outlet", "url"));
      records.add(node.toString());
    }
    return records;
  }
}
