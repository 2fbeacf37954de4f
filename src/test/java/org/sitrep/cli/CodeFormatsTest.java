package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;

/**
 * {@code sitrep code} on a real article: the TSV and JSON outputs agree, quotes and evidence point
 * at the exact words of the article, stdin works, and a text file needs a date.
 */
@NeedsModels
class CodeFormatsTest {
  private static final Path ARTICLE =
      Path.of("samples/articles/ukraine-drone-barrage-2025-09-08.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  // positions in GDELT 2.0's Event Codebook, 0-based
  private static final int EVENT_CODE = 26;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;

  private static String text;
  private static CliRun jsonWithQuotes;
  private static CliRun tsv;

  @TempDir Path dir;

  @BeforeAll
  static void codeTheArticleInBothFormats() throws Exception {
    text = JSON.readTree(Files.readString(ARTICLE)).get("text").asText();
    jsonWithQuotes = CliRun.of("code", "--quotes", ARTICLE.toString());
    tsv = CliRun.of("code", "--format", "gdelt", ARTICLE.toString());
  }

  @Test
  void bothRunsSucceed() {
    assertThat(jsonWithQuotes.exit()).as(jsonWithQuotes.err()).isZero();
    assertThat(tsv.exit()).as(tsv.err()).isZero();
  }

  @Test
  void tsvLinesHaveExactlyTheSixtyOneGdeltColumns() {
    assertThat(tsv.outLines()).isNotEmpty();
    for (String line : tsv.outLines()) {
      assertThat(line.split("\t", -1)).as(line).hasSize(61);
    }
  }

  @Test
  void tsvCodesQuadClassesAndGoldsteinScoresAgreeWithTheJsonEvents() throws Exception {
    List<JsonNode> events = events(jsonWithQuotes);
    List<String> fromJson = new ArrayList<>();
    for (JsonNode e : events) {
      fromJson.add(
          e.get("code").asText()
              + " "
              + e.get("quad_class").asInt()
              + " "
              + e.get("goldstein").asDouble());
    }
    List<String> fromTsv = new ArrayList<>();
    for (String line : tsv.outLines()) {
      String[] cells = line.split("\t", -1);
      fromTsv.add(
          cells[EVENT_CODE]
              + " "
              + Integer.parseInt(cells[QUAD_CLASS])
              + " "
              + Double.parseDouble(cells[GOLDSTEIN]));
    }
    assertThat(fromTsv).isNotEmpty().containsExactlyElementsOf(fromJson);
  }

  @Test
  void eventAndQuoteLinesHaveExactlyTheFieldsDocsRecordFormatLists() throws Exception {
    Set<String> eventFields = new HashSet<>(RecordFormatDoc.fields("Event line"));
    // code stores nothing, so its events have no store id and no coverage
    eventFields.removeAll(
        List.of("id", "mentions", "articles", "sources", "first_seen", "last_seen", "contested"));
    List<JsonNode> events = events(jsonWithQuotes);
    assertThat(events).isNotEmpty();
    assertThat(lines(jsonWithQuotes)).hasSize(events.size() + quotes(jsonWithQuotes).size());
    Set<String> seen = new HashSet<>();
    for (JsonNode event : events) {
      assertThat(fieldNames(event)).as(event.toString()).isEqualTo(eventFields);
      for (String actor : List.of("source", "target", "claimed_by")) {
        documented(event.get(actor), "Actor", seen);
      }
      documented(event.get("plover"), "Plover", seen);
      documented(event.get("quantity"), "Quantity", seen);
      documented(event.get("location"), "Location", seen);
      documented(event.get("evidence"), "Evidence", seen);
    }
    // the article has them all, so a drifted sub-table cannot go unchecked
    assertThat(seen).contains("Actor", "Plover", "Quantity", "Location", "Evidence");
    for (JsonNode quote : quotes(jsonWithQuotes)) {
      assertThat(fieldNames(quote)).isEqualTo(RecordFormatDoc.fields("Quote line"));
      documented(quote.get("speaker"), "Speaker", seen);
    }
  }

  private static void documented(JsonNode value, String section, Set<String> seen) {
    if (value != null && !value.isNull()) {
      assertThat(fieldNames(value))
          .as(section + ": " + value)
          .isEqualTo(RecordFormatDoc.fields(section));
      seen.add(section);
    }
  }

  @Test
  void quotesComeAsQuoteLinesWithSpeakerTextAndSpan() throws Exception {
    List<JsonNode> quotes = quotes(jsonWithQuotes);

    assertThat(quotes).isNotEmpty();
    for (JsonNode quote : quotes) {
      assertThat(fieldNames(quote))
          .as(quote.toString())
          .isEqualTo(Set.of("type", "article", "speaker", "text", "start", "end"));
      assertThat(fieldNames(quote.get("speaker")))
          .as(quote.toString())
          .isEqualTo(Set.of("text", "code"));
      assertThat(quote.get("article").asText()).isEqualTo("ukraine-drone-barrage-2025-09-08");
      assertThat(quote.get("start").isInt()).isTrue();
      assertThat(quote.get("end").isInt()).isTrue();
    }
    assertThat(quotes)
        .anySatisfy(
            q -> {
              assertThat(q.get("speaker").get("text").asText())
                  .isEqualTo("President Volodymyr Zelenskyy");
              assertThat(q.get("speaker").get("code").asText()).isEqualTo("UKRGOV");
            });
  }

  @Test
  void eachQuotesTextIsTheArticleTextBetweenItsOffsets() throws Exception {
    for (JsonNode quote : quotes(jsonWithQuotes)) {
      assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
          .as(quote.toString())
          .isEqualTo(quote.get("text").asText());
    }
  }

  @Test
  void eachEventsEvidenceIsTheArticleTextBetweenItsOffsets() throws Exception {
    List<JsonNode> events = events(jsonWithQuotes);

    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      JsonNode evidence = event.get("evidence");
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
          .as(event.toString())
          .isEqualTo(evidence.get("text").asText());
    }
  }

  @Test
  void theGdeltFormatHasOneNameInEveryCommand() {
    for (String command : List.of("code", "events")) {
      CliRun run = CliRun.of(command, "--format", "tsv", ARTICLE.toString());

      assertThat(run.exit()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(command).contains("gdelt");
    }
  }

  @Test
  void quotesWithTheGdeltFormatIsAUsageError() {
    CliRun run = CliRun.of("code", "--quotes", "--format", "gdelt", ARTICLE.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--quotes");
  }

  @Test
  void codesAJsonArticlePipedToStdin() throws Exception {
    CliRun run = CliRun.withStdin(Files.readAllBytes(ARTICLE), "code", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonNode> events = events(run);
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.get("article").asText())
                    .isEqualTo("ukraine-drone-barrage-2025-09-08"));
    assertThat(events).hasSameSizeAs(events(jsonWithQuotes));
  }

  @Test
  void reportsATextArticleWithoutDate() throws Exception {
    Path article =
        Files.writeString(dir.resolve("attack.txt"), "Russia attacked Ukraine on Sunday.");

    CliRun run = CliRun.of("code", article.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .anySatisfy(l -> assertThat(l).contains("attack.txt").contains("--date"));
  }

  @Test
  void codesATextArticleGivenADate() throws Exception {
    Path article =
        Files.writeString(dir.resolve("attack.txt"), "Russia attacked Ukraine on Sunday.");

    CliRun run = CliRun.of("code", "--date", "2025-01-02", article.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(events(run))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("source").get("code").asText()).isEqualTo("RUSMIL");
              assertThat(e.get("target").get("code").asText()).isEqualTo("UKR");
              assertThat(e.get("root").asText()).isEqualTo("19");
              assertThat(e.get("date").asText()).isEqualTo("2024-12-29");
            });
  }

  /** {@link CliRun#of} with {@code in} as stdin. */
  private static List<JsonNode> events(CliRun run) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode node : lines(run)) {
      if (node.path("type").asText().equals("event")) {
        out.add(node);
      }
    }
    return out;
  }

  private static List<JsonNode> quotes(CliRun run) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode node : lines(run)) {
      if (node.path("type").asText().equals("quote")) {
        out.add(node);
      }
    }
    return out;
  }

  private static List<JsonNode> lines(CliRun run) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.outLines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
