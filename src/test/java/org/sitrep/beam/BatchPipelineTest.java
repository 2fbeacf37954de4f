package org.sitrep.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.export.ParquetRows;

/**
 * The batch pipeline on the DirectRunner over a JSON-lines file cut into 200-byte ranges: three
 * articles coded, a line that is not JSON and an article without text reported with file and
 * record, never failing the job; the Parquet outputs read back to the JSON lines' values.
 */
@NeedsModels
class BatchPipelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path input;
  private static Path output;
  private static RunSummary summary;

  @BeforeAll
  static void runThePipelineOnce() throws IOException {
    input = dir.resolve("articles.jsonl");
    try (InputStream in =
        Objects.requireNonNull(BatchPipelineTest.class.getResourceAsStream("articles.jsonl"))) {
      Files.copy(in, input);
    }
    output = dir.resolve("out");
    BatchJob job =
        new BatchJob(
            List.of(input.toString()),
            output.toString(),
            Optional.empty(),
            200,
            2,
            0,
            Optional.empty());
    Pipeline pipeline = Pipeline.create(BatchRun.options(List.of("--runner=DirectRunner")));
    BatchPipeline.Outputs outputs = BatchPipeline.build(pipeline, job);
    long badLine = offsetOfLine(2);
    long emptyLine = offsetOfLine(4);
    PAssert.that(outputs.problems())
        .satisfies(
            lines -> {
              assertThat(fields(lines, "file")).containsOnly(input.toString());
              assertThat(fields(lines, "record"))
                  .containsExactlyInAnyOrder(
                      "line at byte " + badLine, "line at byte " + emptyLine);
              assertThat(fields(lines, "reason"))
                  .anyMatch(r -> r.startsWith("malformed JSON"))
                  .anyMatch(r -> r.equals("article text is only whitespace"));
              return null;
            });
    PAssert.that(outputs.events())
        .satisfies(
            lines -> {
              assertThat(fields(lines, "article")).contains("drones", "talks", "sanctions");
              assertThat(fields(lines, "type")).containsOnly("event");
              return null;
            });
    PAssert.that(outputs.quotes())
        .satisfies(
            lines -> {
              assertThat(fields(lines, "text")).anyMatch(t -> t.contains("This is a fair deal"));
              return null;
            });
    long start = System.nanoTime();
    PipelineResult result = pipeline.run();
    assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    summary = RunSummary.of("DirectRunner", result.metrics(), (System.nanoTime() - start) / 1e9);
  }

  @Test
  void countsWhatItReadCodedAndCouldNotRead() throws IOException {
    assertThat(summary.articlesRead()).isEqualTo(3);
    assertThat(summary.articlesCoded()).isEqualTo(3);
    assertThat(summary.articlesFailed()).isZero();
    assertThat(summary.problems())
        .containsEntry("malformed JSON", 1L)
        .containsEntry("article text is only whitespace", 1L);
    assertThat(summary.events()).isEqualTo(lines("events", ".jsonl").size());
    assertThat(summary.quotes()).isEqualTo(lines("quotes", ".jsonl").size());
  }

  @Test
  void parquetHoldsTheSameEventsAsTheJsonLines() throws IOException {
    List<String> fromJson = new ArrayList<>();
    for (String line : lines("events", ".jsonl")) {
      JsonNode event = JSON.readTree(line);
      fromJson.add(
          String.join(
              "|",
              event.get("article").asText(),
              event.get("sentence").asText(),
              event.get("date").asText(),
              event.get("source").get("code").asText(),
              event.get("target").isNull() ? "null" : event.get("target").get("code").asText(),
              event.get("code").asText(),
              event.get("goldstein").asText(),
              event.get("evidence").get("text").asText()));
    }
    List<String> fromParquet = new ArrayList<>();
    for (Path file : files("events", ".parquet")) {
      for (GenericRecord row : ParquetRows.read(file)) {
        fromParquet.add(
            String.join(
                "|",
                String.valueOf(ParquetRows.field(row, "article")),
                String.valueOf(ParquetRows.field(row, "sentence")),
                LocalDate.ofEpochDay((Integer) ParquetRows.field(row, "date")).toString(),
                String.valueOf(ParquetRows.field(row, "source.code")),
                String.valueOf(ParquetRows.field(row, "target.code")),
                String.valueOf(ParquetRows.field(row, "code")),
                String.valueOf(ParquetRows.field(row, "goldstein")),
                String.valueOf(ParquetRows.field(row, "evidence.text"))));
      }
    }
    assertThat(fromParquet).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromJson);
  }

  @Test
  void problemsAreInParquetToo() throws IOException {
    List<String> records = new ArrayList<>();
    for (Path file : files("problems", ".parquet")) {
      for (GenericRecord row : ParquetRows.read(file)) {
        records.add(String.valueOf(ParquetRows.field(row, "record")));
      }
    }
    assertThat(records).hasSize(2).allMatch(r -> r.startsWith("line at byte "));
  }

  private static long offsetOfLine(int number) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    int line = 1;
    for (int i = 0; i < bytes.length && line < number; i++) {
      if (bytes[i] == '\n') {
        line++;
        if (line == number) {
          return i + 1;
        }
      }
    }
    throw new AssertionError("no line " + number);
  }

  private static List<String> fields(Iterable<String> lines, String field) {
    return StreamSupport.stream(lines.spliterator(), false)
        .map(
            line -> {
              try {
                return JSON.readTree(line).get(field).asText();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static List<Path> files(String name, String suffix) throws IOException {
    try (Stream<Path> all = Files.list(output)) {
      return all.filter(
              p ->
                  p.getFileName().toString().startsWith(name + "-")
                      && p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static List<String> lines(String name, String suffix) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : files(name, suffix)) {
      lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
    return lines;
  }
}
