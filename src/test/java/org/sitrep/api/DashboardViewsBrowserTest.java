package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.NeedsModels;
import org.sitrep.cli.Main;
import org.sitrep.store.Store;

/**
 * What the dashboard tells about its views, in a real headless Chromium over the bundled sample
 * articles: legends, the total beside the rows shown, CAMEO names on hover, downloads of the
 * current filters, links to an article and event, country-level places apart from real ones, and
 * timeline bins.
 */
@NeedsModels
class DashboardViewsBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final By EVIDENCE =
      By.cssSelector(
          "#article-panel:not([hidden])[data-state=\"ready\"] #article-text mark.evidence");

  @TempDir static Path dir;
  private static DashboardSite site;
  private static Optional<String> missingBrowser = Optional.empty();

  @BeforeAll
  static void start() throws Exception {
    missingBrowser = HeadlessChromium.missing();
    if (missingBrowser.isPresent()) {
      return;
    }
    Path db = dir.resolve("sitrep.db");
    assertThat(Main.execute("ingest", "--db", db.toString(), "samples/articles")).isZero();
    Store store = Store.open(db.toString());
    site = DashboardSite.serve(store, dir);
  }

  @BeforeEach
  void skipWithoutBrowser() {
    Assumptions.assumeFalse(missingBrowser.isPresent(), missingBrowser::orElseThrow);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void legendsSayWhatTheNetworkAndTheMapDraw() throws Exception {
    site.browser.driver.get(site.base + "/");
    site.browser.awaitViews();

    WebElement network = site.browser.driver.findElement(By.id("network-legend"));
    WebElement map = site.browser.driver.findElement(By.id("map-legend"));
    assertThat(network.isDisplayed()).isTrue();
    assertThat(map.isDisplayed()).isTrue();
    assertThat(network.getText()).contains("actor", "source", "target", "Goldstein");
    assertThat(map.getText()).contains("place", "country only", "Goldstein");
    assertThat(site.browser.driver.findElement(By.id("network-note")).getText())
        .matches("(all|top \\d+ of) \\d+\\+? actors.*");
    site.browser.screenshot("legends.png");
  }

  @Test
  void theCountBesideTheRowsShownSaysHowManyMatchInAll() throws Exception {
    for (String query : List.of("", "actor=RUS")) {
      site.browser.driver.get(site.base + "/?" + query);
      int rows = site.browser.loadedRows().size();
      long total = totalEvents(query);
      site.browser.waiting().until(d -> !d.findElement(By.id("events-count")).getText().isEmpty());
      assertThat(site.browser.driver.findElement(By.id("events-count")).getText())
          .as(query)
          .isEqualTo(String.format(Locale.US, "%,d shown of %,d", rows, total));
    }
    site.browser.screenshot("count.png");
  }

  @Test
  void theDownloadLinksTakeEveryEventOfTheCurrentFilters() throws Exception {
    site.browser.driver.get(site.base + "/?actor=RUS");
    site.browser.loadedRows();

    for (String format : List.of("csv", "jsonl")) {
      String href =
          site.browser.driver.findElement(By.id("download-" + format)).getDomProperty("href");
      assertThat(href).isEqualTo(site.base + "/api/events/export?actor=RUS&format=" + format);
      HttpResponse<String> download =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(href)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(download.statusCode()).isEqualTo(200);
      int header = format.equals("csv") ? 1 : 0;
      assertThat(download.body().lines().count() - header).isEqualTo(totalEvents("actor=RUS"));
    }
    site.browser.screenshot("downloads.png");
  }

  @Test
  void anArticleAndItsEventOpenFromALinkAndTheLinkFollowsTheChoice() throws Exception {
    JsonNode event =
        apiGet("/api/events?limit=50").path("items").findParents("evidence").stream()
            .filter(e -> e.path("evidence").path("start").asInt() > 0)
            .findFirst()
            .orElseThrow();
    String article = event.path("article").asText();
    String link = "article=" + encode(article) + "&event=" + event.path("id").asText();

    site.browser.driver.get(site.base + "/?" + link);
    WebElement mark =
        site.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));
    assertThat(mark.getDomProperty("textContent"))
        .isEqualTo(event.path("evidence").path("text").asText());
    site.browser.screenshot("linked-event.png");

    // closing forgets the article; choosing a row puts it in the URL, filters kept
    site.browser.driver.findElement(By.id("close-article")).click();
    assertThat(URI.create(site.browser.driver.getCurrentUrl()).getRawQuery()).isNull();
    site.browser.driver.get(site.base + "/?actor=RUS");
    WebElement row = site.browser.loadedRows().get(0);
    row.click();
    site.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));
    assertThat(URI.create(site.browser.driver.getCurrentUrl()).getRawQuery())
        .isEqualTo(
            "actor=RUS&article="
                + encode(row.getDomAttribute("data-article"))
                + "&event="
                + row.getDomAttribute("data-event-id"));
  }

  @Test
  void cameoNamesShowInTheArticleAndTheTimelineNamesEachClassesRoots() throws Exception {
    site.browser.driver.get(site.base + "/");
    site.browser.loadedRows().get(0).click();
    site.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));

    List<WebElement> items =
        site.browser.driver.findElements(By.cssSelector("#article-events li[data-event-id]"));
    assertThat(items).isNotEmpty();
    for (WebElement item : items) {
      String name = item.findElement(By.cssSelector(".cameo-name")).getText();
      assertThat(name).isNotBlank();
      assertThat(item.findElement(By.cssSelector(".cameo")).getDomAttribute("title"))
          .isEqualTo(name);
    }

    // the tooltip of the busiest bar
    site.browser.script(
        "const chart = echarts.getInstanceByDom(document.getElementById('timeline'));"
            + "const bars = chart.getOption().series.slice(0, 4);"
            + "const totals = bars[0].data.map((_, i) => bars.reduce((sum, s) => sum + s.data[i], 0));"
            + "chart.dispatchAction({type: 'showTip', seriesIndex: 0,"
            + " dataIndex: totals.indexOf(Math.max(...totals))});");
    String tip =
        site.browser
            .waiting()
            .until(
                d -> {
                  Object text =
                      site.browser.script(
                          "return [...document.querySelectorAll('#timeline div')]"
                              + ".map(e => e.textContent).find(t => t.includes('events')) ?? null;");
                  return text == null ? null : text.toString();
                });
    assertThat(tip).containsPattern("\\(CAMEO \\d{2}\u2013\\d{2}\\)");
    site.browser.screenshot("cameo-names.png");
  }

  @Test
  void countryLevelPlacesAreLeftOffTheMapUntilAskedForAndThenDrawnApart() throws Exception {
    List<JsonNode> places = new ArrayList<>();
    apiGet("/api/stats/places").path("items").forEach(places::add);
    long countries = places.stream().filter(p -> p.path("type").asText().equals("country")).count();
    assertThat(countries).as("sample places on country centroids").isPositive();
    site.browser.driver.get(site.base + "/");
    site.browser.awaitViews();

    assertThat(series("places")).isEqualTo(places.size() - countries);
    assertThat(series("countries")).isZero();
    site.browser.driver.findElement(By.id("map-countries")).click();
    site.browser.waiting().until(d -> series("countries") == countries);
    assertThat(series("places")).isEqualTo(places.size() - countries);
    assertThat(
            site.browser.script(
                "return echarts.getInstanceByDom(document.getElementById('map')).getOption()"
                    + ".series.find(s => s.id === 'countries').symbol;"))
        .isEqualTo("diamond");
    site.browser.screenshot("map-countries.png");
  }

  @Test
  void theTimelineCanBeBinnedByMonthWhenPicked() throws Exception {
    site.browser.driver.get(site.base + "/");
    site.browser.awaitViews();

    new Select(site.browser.driver.findElement(By.id("timeline-bin"))).selectByValue("month");
    site.browser
        .waiting()
        .until(d -> "month".equals(d.findElement(By.id("timeline")).getDomAttribute("data-bin")));
    @SuppressWarnings("unchecked")
    List<String> labels =
        (List<String>)
            site.browser.script(
                "return echarts.getInstanceByDom(document.getElementById('timeline'))"
                    + ".getOption().xAxis[0].data;");
    assertThat(labels).isNotEmpty().allMatch(label -> label.matches("\\d{4}-\\d{2}"));
    assertThat(site.browser.driver.findElement(By.id("timeline-unit")).getText())
        .isEqualTo("month");
    site.browser.screenshot("timeline-months.png");
  }

  private static long series(String id) {
    return ((Number)
            site.browser.script(
                "const s = echarts.getInstanceByDom(document.getElementById('map')).getOption()"
                    + ".series.find(s => s.id === arguments[0]); return s ? s.data.length : -1;",
                id))
        .longValue();
  }

  private static long totalEvents(String query) throws Exception {
    long total = 0;
    for (JsonNode day : apiGet("/api/stats/daily?" + query).path("items")) {
      total += day.path("events").asLong();
    }
    return total;
  }

  private static JsonNode apiGet(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(site.base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
