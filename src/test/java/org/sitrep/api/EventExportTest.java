package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventCsv;
import org.sitrep.export.GdeltMentionsTsv;
import org.sitrep.export.GdeltTsv;
import org.sitrep.store.Articles;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;

/**
 * The dashboard's download, {@code GET /api/events/export}, over a real SQLite store holding more
 * events than one page of the store, so the export must read on past the first page.
 */
class EventExportTest {
  private static final int ARTICLES = PageRequest.MAX_LIMIT / 2 + 50;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static Store store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    store = Store.open(folder.resolve("export.db").toString());
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < ARTICLES; i++) {
      // two days apart: same-worded reports a day apart would be merged as one event
      String day = first.plusDays(2L * i).toString();
      store.save(
          Articles.article("a-" + i, day, "Wire")
              .event(
                  "Russia attacked Ukraine, item " + i + ".", day, "RUSMIL", "UKR", "190", 4, -10.0)
              .event("Poland praised Ukraine, item " + i + ".", day, "POLGOV", "UKR", "051", 1, 3.4)
              .coded());
    }
    // a second outlet's report of the first day's attack: merged into its event
    store.save(
        Articles.article("b-0", first.toString(), "Agency")
            .event(
                "Russian troops attacked Ukraine overnight, item 0.",
                first.toString(),
                "RUSMIL",
                "UKR",
                "190",
                4,
                -10.0)
            .coded());
    server =
        ApiServer.start(
            store,
            () -> {
              throw new AssertionError("no coding in this test");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void exportsEveryMatchingEventAsJsonLinesAcrossStorePages() throws Exception {
    HttpResponse<String> response = get("/api/events/export?format=jsonl");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"sitrep-events.jsonl\"");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(2 * ARTICLES);
    Set<Long> ids = new HashSet<>();
    List<String> dates = new ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(event.path("type").asText()).isEqualTo("event");
      ids.add(event.path("id").asLong());
      dates.add(event.path("date").asText());
    }
    assertThat(ids).as("distinct events").hasSize(2 * ARTICLES);
    assertThat(dates).as("newest first").isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void exportsTheFilteredEventsAsCsvWithTheCommandLinesHeader() throws Exception {
    HttpResponse<String> response = get("/api/events/export?format=csv&actor=RUS&from=2024-01-21");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = response.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo(EventCsv.HEADER);
    assertThat(lines.subList(1, lines.size()))
        .hasSize(ARTICLES - 10)
        .allSatisfy(row -> assertThat(row).contains("RUSMIL").doesNotContain("POLGOV"));
  }

  @Test
  void refusesAnUnknownFormatOrPagingWithAJsonError() throws Exception {
    for (String query : List.of("format=xml", "limit=5", "format=csv&cursor=x")) {
      HttpResponse<String> response = get("/api/events/export?" + query);
      assertThat(response.statusCode()).as(query + " -> " + response.body()).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).path("error").asText()).isNotBlank();
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void exportsGdeltEventsWithTheirCountsAndAMentionsTableThatJoinsThem() throws Exception {
    HttpResponse<String> events = get("/api/events/export?format=gdelt&actor=RUS&to=2024-01-01");
    HttpResponse<String> mentions =
        get("/api/events/export?format=gdelt-mentions&actor=RUS&to=2024-01-01");

    assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
    assertThat(mentions.statusCode()).as(mentions.body()).isEqualTo(200);
    assertThat(mentions.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"sitrep-events.mentions.tsv\"");
    List<String> eventLines = events.body().lines().toList();
    assertThat(eventLines).hasSize(1);
    String[] event = eventLines.get(0).split("\t", -1);
    assertThat(event).hasSize(GdeltTsv.COLUMNS.size());
    assertThat(event[GdeltTsv.COLUMNS.indexOf("NumMentions")]).isEqualTo("2");
    assertThat(event[GdeltTsv.COLUMNS.indexOf("NumSources")]).isEqualTo("2");
    List<String> mentionLines = mentions.body().lines().toList();
    assertThat(mentionLines)
        .hasSize(2)
        .allSatisfy(
            line -> {
              String[] cells = line.split("\t", -1);
              assertThat(cells).hasSize(GdeltMentionsTsv.COLUMNS.size());
              assertThat(cells[0]).isEqualTo(event[0]);
            });
    assertThat(mentionLines.get(1)).contains("Agency", "https://example.org/b-0");
  }

  @Test
  void jsonLinesAndCsvCarryEachEventsCoverage() throws Exception {
    HttpResponse<String> jsonl = get("/api/events/export?format=jsonl&actor=RUS&to=2024-01-03");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : jsonl.body().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines)
        .extracting(e -> e.path("date").asText() + " " + e.path("sources").asInt())
        .containsExactly("2024-01-03 1", "2024-01-01 2");
    assertThat(lines.get(1).path("mentions").asInt()).isEqualTo(2);
    assertThat(lines.get(1).path("first_seen").asText()).isEqualTo("2024-01-01");
    assertThat(lines.get(1).path("contested").isArray()).isTrue();

    HttpResponse<String> csv = get("/api/events/export?format=csv&actor=RUS&to=2024-01-01");
    assertThat(csv.body().lines().toList().get(1)).endsWith(",2,2,2,2024-01-01,2024-01-01,");
  }
}
