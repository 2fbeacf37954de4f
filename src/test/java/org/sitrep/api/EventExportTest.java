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
}
