package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.export.PolecatTsv;

/**
 * {@code --format plover} on a real article: POLECAT's columns as docs/record-format.md lists them,
 * the PLOVER type, mode and contexts of each JSON event, and the statements PLOVER has no type for
 * counted, not dropped silently.
 */
@NeedsModels
class PloverFormatTest {
  private static final Path ARTICLE =
      Path.of("samples/articles/ukraine-drone-barrage-2025-09-08.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DOCUMENTED = RecordFormatDoc.columns("PLOVER format");

  private static CliRun json;
  private static CliRun plover;

  @BeforeAll
  static void codeTheArticleInBothFormats() {
    json = CliRun.of("code", ARTICLE.toString());
    plover = CliRun.of("code", "--format", "plover", ARTICLE.toString());
  }

  @Test
  void theHeaderNamesTheColumnsTheRecordFormatDocuments() {
    assertThat(plover.exit()).as(plover.err()).isZero();
    assertThat(plover.outLines().get(0).split("\t", -1))
        .containsExactlyElementsOf(DOCUMENTED.keySet())
        .containsExactlyElementsOf(PolecatTsv.COLUMNS);
  }

  @Test
  void everyRowHasEveryColumnAndLeavesEmptyWhatTheDocumentSaysIsEmpty() {
    List<String> columns = PolecatTsv.COLUMNS;
    List<String> rows = plover.outLines().subList(1, plover.outLines().size());
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      assertThat(cells).as(row).hasSize(columns.size());
      for (int i = 0; i < cells.length; i++) {
        if (DOCUMENTED.get(columns.get(i)).startsWith("empty")) {
          assertThat(cells[i]).as(columns.get(i) + " in " + row).isEmpty();
        }
      }
      assertThat(cells[columns.indexOf("Publication Date")]).isEqualTo("2025-09-08");
    }
  }

  @Test
  void rowsCarryThePloverCodingOfTheJsonEventsAndCountTheOnesLeftOut() throws Exception {
    List<String> fromJson = new ArrayList<>();
    int leftOut = 0;
    for (String line : json.outLines()) {
      JsonNode event = JSON.readTree(line);
      JsonNode coded = event.get("plover");
      if (coded.isNull()) {
        leftOut++;
        continue;
      }
      List<String> contexts = new ArrayList<>();
      coded.get("context").forEach(c -> contexts.add(c.asText()));
      fromJson.add(
          String.join(
              "|",
              event.get("date").asText(),
              coded.get("event_type").asText(),
              coded.get("mode").isNull() ? "" : coded.get("mode").asText(),
              String.join(";", contexts),
              event.get("source").get("text").asText()));
    }
    List<String> fromRows = new ArrayList<>();
    List<String> columns = PolecatTsv.COLUMNS;
    for (String row : plover.outLines().subList(1, plover.outLines().size())) {
      List<String> cells = Arrays.asList(row.split("\t", -1));
      fromRows.add(
          String.join(
              "|",
              cells.get(columns.indexOf("Event Date")),
              cells.get(columns.indexOf("Event Type")),
              cells.get(columns.indexOf("Event Mode")),
              cells.get(columns.indexOf("Contexts")),
              cells.get(columns.indexOf("Actor Name Raw"))));
    }
    assertThat(fromRows).isNotEmpty().containsExactlyElementsOf(fromJson);
    assertThat(plover.err()).contains("sitrep: " + fromRows.size() + " events");
    if (leftOut > 0) {
      assertThat(plover.err()).contains(leftOut + " without a PLOVER type left out");
    }
  }

  @Test
  void aStatementAloneGivesTheHeaderAndSaysWhyItHasNoRow() {
    String statement =
        "{\"id\":\"s\",\"published\":\"2025-03-10\",\"text\":\"Germany appealed to Russia on"
            + " Monday to release the detained journalists.\"}";
    CliRun run =
        CliRun.withStdin(
            statement.getBytes(StandardCharsets.UTF_8), "code", "--format", "plover", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines()).containsExactly(PolecatTsv.HEADER);
    assertThat(run.err()).contains("sitrep: 0 events, 1 without a PLOVER type left out");
  }

  @Test
  void quotesWithThePloverFormatIsAUsageError() {
    CliRun run = CliRun.of("code", "--quotes", "--format", "plover", ARTICLE.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
  }
}
