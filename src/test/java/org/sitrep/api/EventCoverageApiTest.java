package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;
import org.sitrep.store.Articles;
import org.sitrep.store.Store;

/**
 * Merged events through the API, over a real SQLite store and a real HTTP server: a drone strike
 * told by three outlets that disagree on the figure (34 drones twice, 12 once), a statement told by
 * two that agree, and a criticism told once. Their coverage, the filters on it, and {@code GET
 * /api/events/{id}} with the mentions side by side and the two versions of the strike.
 */
class EventCoverageApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Location KYIV =
      new Location("Kyiv", "UKR", 50.45, 30.52, 703448, PlaceType.CITY, LocationRule.CLAUSE);

  @TempDir static Path folder;
  private static Store store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    store = Store.open(folder.resolve("coverage.db").toString());
    strike("strike-a", "2024-11-10", "Wire A", 34, "Russia launched 34 drones at Kyiv overnight.");
    strike("strike-b", "2024-11-10", "Wire B", 12, "Twelve of the Russian drones hit Kyiv.");
    strike("strike-c", "2024-11-11", "Wire C", 34, "Kyiv was attacked by 34 Russian drones.");
    praise("praise-a", "Wire A", "Poland praised Ukraine for its resolve.");
    praise("praise-b", "Wire B", "Warsaw praised Kyiv's resolve.");
    store.save(
        Articles.article("criticism", "2024-11-13", "Wire D")
            .event("Hungary criticised Ukraine.", "2024-11-13", "HUNGOV", "UKR", "111", 3, -2.0)
            .coded());
    server =
        ApiServer.start(
            store,
            () -> {
              throw new AssertionError("these tests post nothing");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()));
  }

  private static void strike(String id, String published, String outlet, int drones, String text) {
    store.save(
        Articles.article(id, published, outlet)
            .event(
                text,
                "2024-11-10",
                "RUSMIL",
                "UKR",
                "195",
                4,
                -10.0,
                Optional.of(new Quantity(drones, "drones", drones + " drones")),
                Optional.of(KYIV))
            .coded());
  }

  private static void praise(String id, String outlet, String text) {
    store.save(
        Articles.article(id, "2024-11-12", outlet)
            .event(text, "2024-11-12", "POLGOV", "UKR", "051", 1, 3.4)
            .coded());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void listsOneEventPerRealWorldEventWithItsCoverage() throws Exception {
    JsonNode strike = only(getJson("/api/events?root=19"));

    assertThat(strike.get("mentions").asInt()).isEqualTo(3);
    assertThat(strike.get("articles").asInt()).isEqualTo(3);
    assertThat(strike.get("sources").asInt()).isEqualTo(3);
    assertThat(strike.get("first_seen").asText()).isEqualTo("2024-11-10");
    assertThat(strike.get("last_seen").asText()).isEqualTo("2024-11-11");
    assertThat(labels(strike.get("contested"))).containsExactly("quantity");
    // the record is the first report's
    assertThat(strike.get("outlet").asText()).isEqualTo("Wire A");
    assertThat(strike.get("quantity").get("value").asInt()).isEqualTo(34);

    JsonNode criticism = only(getJson("/api/events?root=11"));
    assertThat(criticism.get("sources").asInt()).isEqualTo(1);
    assertThat(criticism.get("contested").isArray()).isTrue();
    assertThat(criticism.get("contested")).isEmpty();
  }

  @Test
  void filtersByHowManySourcesToldAnEventAndWhetherTheyDisagree() throws Exception {
    assertThat(codes("/api/events?min_sources=2")).containsExactly("051", "195");
    assertThat(codes("/api/events?min_sources=3")).containsExactly("195");
    assertThat(codes("/api/events?contested=true")).containsExactly("195");
    assertThat(codes("/api/events?contested=false")).containsExactly("111", "051");
    assertThat(codes("/api/events?contested=false&min_sources=2")).containsExactly("051");
  }

  @Test
  void refusesMalformedCoverageFiltersSayingWhatIsExpected() throws Exception {
    for (String query : List.of("min_sources=two", "min_sources=-1", "min_sources=1.5")) {
      HttpResponse<String> bad = get("/api/events?" + query);
      assertThat(bad.statusCode()).as(query).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).get("error").asText())
          .contains("min_sources", "whole number");
    }
    HttpResponse<String> bad = get("/api/events?contested=maybe");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("error").asText())
        .contains("contested", "true or false");
  }

  @Test
  void answersAnEventWithEachOfItsMentionsAndTheVersionsTheyGive() throws Exception {
    long id = only(getJson("/api/events?root=19")).get("id").asLong();

    JsonNode detail = getJson("/api/events/" + id);

    assertThat(detail.get("event").get("id").asLong()).isEqualTo(id);
    assertThat(detail.get("event").get("mentions").asInt()).isEqualTo(3);
    JsonNode mentions = detail.get("mentions");
    assertThat(mentions).hasSize(3);
    assertThat(texts(mentions, "outlet")).containsExactly("Wire A", "Wire B", "Wire C");
    assertThat(texts(mentions, "article")).containsExactly("strike-a", "strike-b", "strike-c");
    assertThat(texts(mentions, "published"))
        .containsExactly("2024-11-10", "2024-11-10", "2024-11-11");
    JsonNode second = mentions.get(1);
    assertThat(second.get("evidence").get("text").asText())
        .isEqualTo("Twelve of the Russian drones hit Kyiv.");
    assertThat(second.get("evidence").get("start").asInt()).isZero();
    assertThat(second.get("quantity").get("value").asInt()).isEqualTo(12);
    assertThat(second.get("claimed_by").get("code").asText()).isEqualTo("UKRMIL");
    assertThat(second.get("url").asText()).isEqualTo("https://example.org/strike-b");
    assertThat(second.get("source").get("code").asText()).isEqualTo("RUSMIL");
    assertThat(second.get("code").asText()).isEqualTo("195");
    assertThat(second.get("id").asLong()).isPositive();

    JsonNode versions = detail.get("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("quantity").get("value").asInt()).isEqualTo(34);
    assertThat(texts(versions.get(0).get("outlets"))).containsExactly("Wire A", "Wire C");
    assertThat(versions.get(0).get("reports").asInt()).isEqualTo(2);
    assertThat(versions.get(0).get("claimed_by").get("code").asText()).isEqualTo("UKRMIL");
    assertThat(versions.get(1).get("quantity").get("value").asInt()).isEqualTo(12);
    assertThat(texts(versions.get(1).get("outlets"))).containsExactly("Wire B");
    assertThat(versions.get(1).get("target").get("code").asText()).isEqualTo("UKR");
  }

  @Test
  void anEventWhoseReportsAgreeHasOneVersionToldByAllItsOutlets() throws Exception {
    long id = only(getJson("/api/events?root=05")).get("id").asLong();

    JsonNode versions = getJson("/api/events/" + id).get("versions");

    assertThat(versions).hasSize(1);
    assertThat(texts(versions.get(0).get("outlets"))).containsExactly("Wire A", "Wire B");
    assertThat(versions.get(0).get("quantity").isNull()).isTrue();
  }

  @Test
  void refusesAnUnknownOrMalformedEventIdInJson() throws Exception {
    HttpResponse<String> missing = get("/api/events/987654321");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText())
        .isEqualTo("no event with id 987654321");

    for (String id : List.of("abc", "-1", "1.5", "99999999999999999999")) {
      HttpResponse<String> bad = get("/api/events/" + id);
      assertThat(bad.statusCode()).as(id).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("event id", id);
    }
    assertThat(get("/api/events/1?verbose=1").statusCode()).isEqualTo(400);
    // the export is not taken for an event id
    assertThat(get("/api/events/export?format=csv").statusCode()).isEqualTo(200);
  }

  @Test
  void countsReportsAndSourcesPerDayAndPlace() throws Exception {
    JsonNode day = only(getJson("/api/stats/daily?from=2024-11-10&to=2024-11-10"));
    assertThat(day.get("events").asInt()).isEqualTo(1);
    assertThat(day.get("reports").asInt()).isEqualTo(3);
    assertThat(day.get("sources").asInt()).isEqualTo(3);

    JsonNode kyiv = only(getJson("/api/stats/places"));
    assertThat(kyiv.get("name").asText()).isEqualTo("Kyiv");
    assertThat(kyiv.get("events").asInt()).isEqualTo(1);
    assertThat(kyiv.get("reports").asInt()).isEqualTo(3);
    assertThat(kyiv.get("sources").asInt()).isEqualTo(3);

    JsonNode all = getJson("/api/stats/daily");
    int events = 0;
    int reports = 0;
    for (JsonNode d : all.get("items")) {
      events += d.get("events").asInt();
      reports += d.get("reports").asInt();
    }
    assertThat(events).isEqualTo(3);
    assertThat(reports).isEqualTo(6);
  }

  private static JsonNode only(JsonNode page) {
    assertThat(page.get("items")).as(page.toString()).hasSize(1);
    return page.get("items").get(0);
  }

  private static List<String> codes(String path) throws IOException, InterruptedException {
    return texts(getJson(path).get("items"), "code");
  }

  private static List<String> labels(JsonNode array) {
    return texts(array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.get(field).asText()));
    return texts;
  }

  private static JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
