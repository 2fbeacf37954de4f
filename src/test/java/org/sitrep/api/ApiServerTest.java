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
import org.sitrep.NeedsModels;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Articles;
import org.sitrep.store.EventFilter;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;

/** The JSON API over a real SQLite store, through a real HTTP server on a free port. */
@NeedsModels
class ApiServerTest {
  private static final String TOKEN = "s3cret-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final Location KHARKIV =
      new Location("Kharkiv", "UKR", 49.99, 36.23, 706483, PlaceType.CITY, LocationRule.CLAUSE);
  private static final Location ODESA =
      new Location("Odesa", "UKR", 46.48, 30.73, 698740, PlaceType.CITY, LocationRule.CLAUSE);

  @TempDir static Path folder;
  private static Store store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    store = Store.open(folder.resolve("api.db").toString());
    for (int day = 1; day <= 9; day++) {
      store.save(
          Articles.article("day-" + day, "2024-11-0" + day, day % 2 == 0 ? "Even Wire" : "Odd Wire")
              // a city each day, Kharkiv and Odesa in turn: reports a day apart with the same
              // words would be merged as one event unless their towns rule it out
              .event(
                  "Russia attacked Ukraine on day " + day + ".",
                  "2024-11-0" + day,
                  "RUSMIL",
                  "UKR",
                  "190",
                  4,
                  -10.0,
                  Optional.empty(),
                  Optional.of(day % 2 == 0 ? KHARKIV : ODESA))
              .event(
                  "Poland praised Ukraine on day " + day + ".",
                  "2024-11-0" + day,
                  "POLGOV",
                  "UKR",
                  "051",
                  1,
                  3.4)
              .quote(
                  "\"We stand firm,\" the minister said on day " + day + ".",
                  "the minister",
                  "UKRGOV")
              .coded());
    }
    // after every date the other tests ask about; the Kremlin's words are junk, its names are not
    store.save(
        Articles.article("names", "2024-11-20", "Odd Wire")
            .event(
                "The Kremlin war machine struck Kyiv.",
                "2024-11-20",
                ActorRef.of("RUSGOV", "the Kremlin war machine", "Kremlin"),
                ActorRef.of("UKR", "Kyiv", "Ukraine"))
            .coded());
    // Posting is on, so the language models start loading in the background now.
    server =
        ApiServer.start(
            store,
            () -> new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current()),
            new ApiServer.Options("127.0.0.1", 0, Optional.of(TOKEN)));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void answersEventsInTheRecordFormatWithTheirStoreIds() throws Exception {
    JsonNode page = getJson("/api/events?actor=RUS&root=19&from=2024-11-03&to=2024-11-05");

    assertThat(page.get("items")).hasSize(3);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("date").asText()).isEqualTo("2024-11-05");
    assertThat(first.get("source").get("code").asText()).isEqualTo("RUSMIL");
    assertThat(first.get("quad_class").asInt()).isEqualTo(4);
    assertThat(first.get("outlet").asText()).isEqualTo("Odd Wire");
    assertThat(first.get("id").isNumber()).isTrue();
    assertThat(first.get("evidence").get("text").asText())
        .isEqualTo("Russia attacked Ukraine on day 5.");
    assertThat(page.get("next").isNull()).isTrue();
  }

  @Test
  void pagesWithTheCursorOfThePreviousPage() throws Exception {
    List<String> dates = new ArrayList<>();
    String path = "/api/events?code=190&to=2024-11-09&limit=4";
    int pages = 0;
    while (path != null) {
      JsonNode page = getJson(path);
      page.get("items").forEach(e -> dates.add(e.get("date").asText()));
      path =
          page.get("next").isNull()
              ? null
              : "/api/events?code=190&to=2024-11-09&limit=4&cursor=" + page.get("next").asText();
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(dates).hasSize(9).doesNotHaveDuplicates();
  }

  @Test
  void servesArticlesWithSentencesEventsAndQuotes() throws Exception {
    JsonNode article = getJson("/api/articles/day-3");

    assertThat(article.get("outlet").asText()).isEqualTo("Odd Wire");
    assertThat(article.get("sentences")).hasSize(3);
    assertThat(article.get("sentences").get(0).get("events")).hasSize(1);
    assertThat(article.get("events")).hasSize(2);
    assertThat(article.get("quotes").get(0).get("speaker").get("code").asText())
        .isEqualTo("UKRGOV");
    String text = article.get("text").asText();
    JsonNode sentence = article.get("sentences").get(1);
    assertThat(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
        .isEqualTo("Poland praised Ukraine on day 3.");
  }

  @Test
  void answersAggregatesForTheDashboard() throws Exception {
    JsonNode days = getJson("/api/stats/daily?actor=UKR&to=2024-11-09");
    assertThat(days.get("items")).hasSize(9);
    assertThat(days.get("items").get(0).get("quad").get("4").asInt()).isEqualTo(1);
    assertThat(days.get("items").get(0).get("mean_goldstein").asDouble()).isEqualTo(-3.3);

    JsonNode dyads = getJson("/api/stats/dyads?to=2024-11-09&limit=1");
    assertThat(dyads.get("items")).hasSize(1);
    assertThat(dyads.get("items").get(0).get("events").asInt()).isEqualTo(9);

    assertThat(getJson("/api/actors?q=pol").get("items").get(0).get("code").asText())
        .isEqualTo("POLGOV");
    assertThat(getJson("/api/quotes?speaker=UKR&limit=2").get("items")).hasSize(2);
    assertThat(getJson("/api/articles?outlet=Even%20Wire").get("items")).hasSize(4);
  }

  @Test
  void namesActorsByTheirNamesNotTheWordsThatFirstNamedThem() throws Exception {
    JsonNode actor = getJson("/api/actors?q=RUSGOV").get("items").get(0);
    assertThat(actor.get("name").asText()).isEqualTo("Russia government");

    JsonNode event = getJson("/api/events?actor=RUSGOV").get("items").get(0);
    assertThat(event.get("source").get("name").asText()).isEqualTo("Kremlin");
    assertThat(event.get("source").get("text").asText()).isEqualTo("the Kremlin war machine");

    JsonNode dyad = getJson("/api/stats/dyads?actor=RUSGOV").get("items").get(0);
    assertThat(dyad.get("source_name").asText()).isEqualTo("Russia government");
    assertThat(dyad.get("target_name").asText()).isEqualTo("Ukraine");
  }

  @Test
  void refusesBadFiltersWithAJsonErrorSayingWhatIsExpected() throws Exception {
    HttpResponse<String> bad = get("/api/events?from=last-week");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("from", "YYYY-MM-DD");

    assertThat(get("/api/events?limit=100000").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?actor=RUS&actor=UKR").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?colour=red").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?cursor=forged").statusCode()).isEqualTo(400);
    assertThat(get("/api/articles/no-such-article").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesParametersARouteDoesNotRead() throws Exception {
    assertThat(get("/api/stats/daily?limit=5").statusCode()).isEqualTo(400);
    assertThat(get("/api/stats/places?cursor=x").statusCode()).isEqualTo(400);
    assertThat(get("/api/actors?cursor=x").statusCode()).isEqualTo(400);
    assertThat(get("/api/articles/day-1?verbose=1").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?from=%2B10000-01-01").statusCode()).isEqualTo(400);
  }

  @Test
  void answersUnknownRoutesAndMethodsInJson() throws Exception {
    HttpResponse<String> missing = get("/api/nothing-here");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("/api/nothing-here");

    HttpResponse<String> wrongMethod = post("{}", Optional.empty(), "/api/events");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(wrongMethod.body()).get("error").asText()).contains("POST");

    HttpResponse<String> article =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/articles/nope"))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(article.body()).get("error").asText())
        .isEqualTo("no article with id nope");
  }

  @Test
  void aPostedArticleWithoutADateNeedsOneGivenInTheUrl() throws Exception {
    HttpResponse<String> undated =
        post("{\"text\":\"Russia attacked Ukraine.\"}", Optional.of("Bearer " + TOKEN));

    assertThat(undated.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(undated.body()).get("error").asText())
        .contains("published", "?date=")
        .doesNotContain("--date");
  }

  @Test
  void postingWithoutTheTokenStoresNothing() throws Exception {
    String article =
        "{\"id\":\"intruder\",\"published\":\"2024-11-20\",\"text\":\"Russia attacked Ukraine.\"}";

    assertThat(post(article, Optional.empty()).statusCode()).isEqualTo(401);
    assertThat(post(article, Optional.of("Bearer wrong-token")).statusCode()).isEqualTo(401);
    assertThat(post(article, Optional.of(TOKEN)).statusCode()).isEqualTo(401);

    assertThat(store.article("intruder")).isEmpty();
  }

  @Test
  void postingIsOffWhenTheServerHasNoToken() throws Exception {
    try (ApiServer closed =
        ApiServer.start(
            store,
            () -> {
              throw new AssertionError("no coding without a token");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()))) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + closed.port() + "/api/articles"))
                  .header("Authorization", "Bearer ")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).contains("--token");
    }
  }

  @Test
  void refusesAPostedArticleItCannotReadSayingWhy() throws Exception {
    HttpResponse<String> response = post("{\"id\":\"x\",\"text\":", Optional.of("Bearer " + TOKEN));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains("request body");
  }

  @Test
  void codesAndStoresAPostedArticleOnceWithTheToken() throws Exception {
    String article =
        "{\"id\":\"posted-1\",\"published\":\"2024-11-20\",\"outlet\":\"Post Wire\","
            + "\"text\":\"Russia attacked Ukraine with drones on Tuesday. Poland condemned Russia.\"}";

    HttpResponse<String> first = post(article, Optional.of("Bearer " + TOKEN));
    HttpResponse<String> again = post(article, Optional.of("Bearer " + TOKEN));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(JSON.readTree(first.body()).get("events").asInt()).isPositive();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("stored").asBoolean()).isFalse();
    assertThat(
            store
                .events(
                    EventFilter.of(java.util.Map.of("article", "posted-1")), PageRequest.first(50))
                .items())
        .isNotEmpty();
  }

  @Test
  void healthSaysTheModelsAreReadyOnceLoadedInTheBackground() throws Exception {
    // polls until the models leave "loading"; the bound only guards against a hang
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    JsonNode health = getJson("/api/health");
    while (health.get("models").asText().equals("loading") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      health = getJson("/api/health");
    }

    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("models").asText()).isEqualTo("ready");
    assertThat(health.get("posting").asBoolean()).isTrue();
  }

  @Test
  void sendsAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
    HttpResponse<String> response = get("/api/events");

    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval");
    assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  private static JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body, Optional<String> authorization)
      throws IOException, InterruptedException {
    return post(body, authorization, "/api/articles");
  }

  private static HttpResponse<String> post(String body, Optional<String> authorization, String path)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    authorization.ifPresent(value -> request.header("Authorization", value));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
