package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sitrep.store.Store;

/**
 * The feeds a watcher keeps in the store, as {@code GET /api/feeds} gives them and as the
 * dashboard's feeds panel shows them in a real headless Chromium: a healthy feed and a failing one
 * with its error.
 */
class DashboardFeedsBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "https://wire.example/world.rss";
  private static final String BAD = "https://busy.example/feed.xml";

  @TempDir static Path dir;
  private static DashboardSite site;
  private static Optional<String> missingBrowser = Optional.empty();
  private static Store store;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(dir.resolve("feeds.db").toString());
    Instant now = Instant.now();
    store.updateFeed(
        store
            .addFeed(GOOD)
            .succeeded(now, Optional.of("\"v1\""), Optional.empty(), now.plusSeconds(900)));
    store.markSeen(GOOD, "item-1", "stored");
    store.updateFeed(
        store.addFeed(BAD).failed(now, "HTTP 503 (Retry-After: 120)", now.plusSeconds(120)));
    missingBrowser = HeadlessChromium.missing();
    if (missingBrowser.isEmpty()) {
      site = DashboardSite.serve(store, dir);
    }
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    } else {
      store.close();
    }
  }

  @Test
  void theApiGivesEachFeedsHealth() throws Exception {
    Assumptions.assumeFalse(site == null, "needs the server, started with the browser");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(site.base + "/api/feeds")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode items = JSON.readTree(answer.body()).path("items");
    assertThat(items).hasSize(2);
    JsonNode bad = items.get(0);
    assertThat(bad.path("url").asText()).isEqualTo(BAD);
    assertThat(bad.path("healthy").asBoolean()).isFalse();
    assertThat(bad.path("last_error").asText()).isEqualTo("HTTP 503 (Retry-After: 120)");
    assertThat(bad.path("last_success").isNull()).isTrue();
    JsonNode good = items.get(1);
    assertThat(good.path("healthy").asBoolean()).isTrue();
    assertThat(good.path("items_today").asInt()).isEqualTo(1);
    assertThat(good.path("items_seen").asInt()).isEqualTo(1);
  }

  @Test
  void theDashboardShowsEachFeedsHealth() throws Exception {
    Assumptions.assumeFalse(missingBrowser.isPresent(), missingBrowser::orElseThrow);
    site.browser.driver.get(site.base + "/");
    site.browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.id("feeds-table"), "data-state", "ready"));

    assertThat(site.browser.driver.findElement(By.id("feeds-panel")).isDisplayed()).isTrue();
    List<WebElement> rows =
        site.browser.driver.findElements(By.cssSelector("#feeds-table tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains(BAD, "failing (1 in a row)", "HTTP 503");
    assertThat(rows.get(0).getDomAttribute("data-healthy")).isEqualTo("false");
    assertThat(rows.get(1).getText()).contains(GOOD, "ok", "UTC").endsWith("1");
    site.browser.screenshot("feeds.png");
  }
}
