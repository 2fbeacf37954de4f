package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.NeedsModels;
import org.sitrep.cli.Main;
import org.sitrep.store.Store;

/**
 * The dashboard in a real headless Chromium against a real server over a real SQLite store holding
 * the bundled sample articles, as the issue asks: load, filter by an actor, open an event and see
 * its sentence highlighted, and an article's markup never runs. Screenshots go to {@code
 * target/screenshots/} for a person to look at.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} (paths overridable with
 * SITREP_CHROMIUM and SITREP_CHROMEDRIVER). Without them the class is skipped, unless
 * SITREP_REQUIRE_BROWSER=1 (as in CI), where a missing browser must not pass silently.
 */
@NeedsModels
class DashboardBrowserTest {
  private static final String HOSTILE_SCRIPT = "<script>window.__pwned=1</script>";
  private static final String HOSTILE_IMAGE = "<img src=x onerror=\"window.__pwned=2\">";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final By TABLE_READY =
      By.cssSelector("#events-table[data-state=\"ready\"] tbody tr[data-event-id]");
  private static final By EVIDENCE =
      By.cssSelector(
          "#article-panel:not([hidden])[data-state=\"ready\"] #article-text mark.evidence");

  @TempDir static Path dir;

  private static Path db;
  private static ApiServer server;
  private static Store store;
  private static String base;
  private static WebDriver driver;
  private static Optional<String> missingBrowser = Optional.empty();

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    // Checked first, so that a machine without a browser skips before the slow ingest.
    Path chromium = Path.of(env("SITREP_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("SITREP_CHROMEDRIVER", "/usr/bin/chromedriver"));
    missingBrowser = missingBrowser(chromium, chromedriver);
    if (missingBrowser.isPresent()) {
      return;
    }

    db = dir.resolve("sitrep.db");
    // The real CLI, in-process, so the store is exactly what `sitrep ingest` writes.
    int exit =
        Main.execute(
            "ingest", "--db", db.toString(), "samples/articles", hostileArticle().toString());
    assertThat(exit).as("exit code of sitrep ingest").isZero();

    // The server under the browser is ApiServer started directly rather than `sitrep serve`:
    // serve blocks until JVM shutdown, so @AfterAll could not stop it, and its port is known
    // only from stdout, which is global to the test JVM. The serve command itself is checked
    // once by serveCommandPrintsItsAddressAndAnswersEvents. No token: posting is off, so the
    // coder supplier must never be called.
    store = Store.open(db.toString());
    server =
        ApiServer.start(
            store,
            () -> {
              throw new AssertionError("the dashboard must not post articles");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()));
    base = "http://127.0.0.1:" + server.port();

    driver = startChromium(chromium, chromedriver);
    Files.createDirectories(SCREENSHOTS);
  }

  @BeforeEach
  void skipWithoutBrowser() {
    // Per test rather than in @BeforeAll: Surefire counts a class aborted there as zero tests run,
    // so the skip and its reason would not show.
    Assumptions.assumeFalse(missingBrowser.isPresent(), missingBrowser::orElseThrow);
  }

  @AfterAll
  static void stopBrowserAndServer() {
    // Each step guarded: a failed start must not hide its cause behind a NullPointerException here.
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void dashboardLoadsAllFourViewsWithoutErrors() throws IOException {
    // The console log is kept across pages: drop what earlier tests left, so only this load counts.
    severeConsoleMessages();
    driver.get(base + "/");

    for (String view : List.of("timeline", "network", "map", "events-table")) {
      waiting().until(ExpectedConditions.attributeToBe(By.id(view), "data-state", "ready"));
    }
    waiting().until(ExpectedConditions.presenceOfElementLocated(TABLE_READY));
    WebElement error = driver.findElement(By.id("error"));
    assertThat(error.getDomProperty("textContent")).as("#error").isBlank();
    assertThat(error.isDisplayed()).as("#error shown").isFalse();
    // The page's Content-Security-Policy reports a violation only on the console.
    assertThat(severeConsoleMessages()).as("console errors").isEmpty();
    // every event's CAMEO code comes with its name, beside it and on hover
    for (WebElement row : loadedRows()) {
      WebElement code = row.findElement(By.cssSelector(".cameo"));
      String name = row.findElement(By.cssSelector(".cameo-name")).getText();
      assertThat(name).as(code.getText()).isNotBlank();
      assertThat(code.getDomAttribute("title")).startsWith(name);
    }
    screenshot("dashboard.png");
  }

  @Test
  void actorFilterGoesIntoTheUrlAndKeepsOnlyThatActorsEvents() throws Exception {
    driver.get(base + "/");
    int unfiltered = loadedRows().size();

    WebElement before = loadedRows().get(0);
    driver.findElement(By.id("filter-actor")).sendKeys("RUS");
    driver.findElement(By.id("apply")).click();
    // The old rows go at once when the filters change, so the new ones are the filtered ones.
    waiting().until(ExpectedConditions.stalenessOf(before));
    List<WebElement> rows = loadedRows();

    assertThat(URI.create(driver.getCurrentUrl()).getRawQuery()).isEqualTo("actor=RUS");
    assertThat(rowActorCodes())
        .isNotEmpty()
        .allSatisfy(
            codes ->
                assertThat(codes)
                    .as("source and target codes")
                    .anySatisfy(code -> assertThat(code).startsWith("RUS")));
    assertThat(rows).hasSize(apiEvents("actor=RUS&limit=50").size()).hasSizeLessThan(unfiltered);
    screenshot("filtered.png");
  }

  @Test
  void theMapDrawsTheEventsPlacesAndAClickNarrowsToThePlacesCountry() throws Exception {
    JsonNode places = apiGet("/api/stats/places");
    List<JsonNode> inCountries = new ArrayList<>();
    int realPlaces = 0;
    for (JsonNode p : places.path("items")) {
      // places that are whole countries (their centroids) are off the map unless asked for
      boolean real = !p.path("type").asText().equals("country");
      realPlaces += real ? 1 : 0;
      if (real && p.hasNonNull("country") && p.hasNonNull("lat")) {
        inCountries.add(p);
      }
    }
    assertThat(inCountries).as("places of the sample articles' events").isNotEmpty();
    driver.get(base + "/");
    waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-state", "ready"));
    WebElement map = driver.findElement(By.id("map"));
    assertThat(driver.findElement(By.id("map-empty")).isDisplayed())
        .as("'no places' notice")
        .isFalse();
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Object drawn =
        js.executeScript(
            "return echarts.getInstanceByDom(document.getElementById('map')).getOption().series[0].data.length;");
    assertThat(((Number) drawn).intValue()).isEqualTo(realPlaces);

    // a click where ECharts drew the place farthest from any other, so no neighbour's symbol
    // (a bigger one across a border) can take the click
    JsonNode place = loneliest(inCountries);
    @SuppressWarnings("unchecked")
    List<Number> pixel =
        (List<Number>)
            js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('map')).convertToPixel({geoIndex: 0}, arguments[0]);",
                List.of(place.path("lon").asDouble(), place.path("lat").asDouble()));
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(
            map,
            (int) Math.round(pixel.get(0).doubleValue() - map.getRect().getWidth() / 2.0),
            (int) Math.round(pixel.get(1).doubleValue() - map.getRect().getHeight() / 2.0))
        .click()
        .perform();

    waiting().until(d -> URI.create(d.getCurrentUrl()).getRawQuery() != null);
    assertThat(URI.create(driver.getCurrentUrl()).getRawQuery())
        .isEqualTo("country=" + place.path("country").asText());
    loadedRows();
    // every row's Where cell shows the API's location of its event
    Map<String, String> expected = new LinkedHashMap<>();
    for (JsonNode e : apiEvents("country=" + place.path("country").asText() + "&limit=50")) {
      JsonNode at = e.path("location");
      expected.put(
          e.path("id").asText(),
          at.isNull() || at.isMissingNode()
              ? "\u2014"
              : at.path("name").asText()
                  + (at.hasNonNull("country") ? ", " + at.path("country").asText() : ""));
    }
    @SuppressWarnings("unchecked")
    List<List<String>> shown =
        (List<List<String>>)
            js.executeScript(
                "return [...document.querySelectorAll('#events-table tbody tr[data-event-id]')]"
                    + ".map(row => [row.dataset.eventId, row.cells[4].textContent]);");
    Map<String, String> where = new LinkedHashMap<>();
    shown.forEach(row -> where.put(row.get(0), row.get(1)));
    assertThat(where).isEqualTo(expected);
    screenshot("map.png");
  }

  @Test
  void theNetworkLabelsActorsWithTheirNames() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    for (JsonNode dyad : apiGet("/api/stats/dyads?limit=100").path("items")) {
      if (dyad.hasNonNull("target")) {
        expected.put(dyad.path("source").asText(), dyad.path("source_name").asText());
        expected.put(dyad.path("target").asText(), dyad.path("target_name").asText());
      }
    }
    assertThat(expected)
        .as("dyads of the sample articles")
        .containsEntry("RUSGOV", "Russia government");
    driver.get(base + "/");
    waiting().until(ExpectedConditions.attributeToBe(By.id("network"), "data-state", "ready"));

    // Cytoscape keeps its instance on its container; the labels are drawn on a canvas
    @SuppressWarnings("unchecked")
    List<List<String>> labels =
        (List<List<String>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.getElementById('network')._cyreg.cy.nodes()"
                        + ".map(n => [n.id(), n.style('label')]);");
    Map<String, String> shown = new LinkedHashMap<>();
    labels.forEach(node -> shown.put(node.get(0), node.get(1)));
    // the network draws the busiest actors only (top 20 by default), each under its name
    assertThat(shown).isNotEmpty().containsKey("RUSGOV");
    assertThat(expected).containsAllEntriesOf(shown);
    screenshot("network.png");
  }

  @Test
  void clickingAnEventHighlightsItsSentenceInTheArticle() throws Exception {
    // An event from inside its article (not its first sentence), so the mark is visibly in place.
    JsonNode event =
        apiEvents("limit=50").stream()
            .filter(e -> e.path("evidence").path("start").asInt() > 0)
            .findFirst()
            .orElseThrow();
    String id = event.path("id").asText();
    String article = event.path("article").asText();
    driver.get(base + "/");
    loadedRows();

    WebElement row =
        driver.findElement(By.cssSelector("#events-table tbody tr[data-event-id=\"" + id + "\"]"));
    assertThat(row.getDomAttribute("data-article")).isEqualTo(article);
    row.click();
    WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));

    // textContent, not getText(): the sentence must match to the character, line breaks included.
    assertThat(mark.getDomProperty("textContent"))
        .isEqualTo(event.path("evidence").path("text").asText());
    assertThat(driver.findElements(By.cssSelector("#article-text mark"))).hasSize(1);
    assertThat(row.getDomAttribute("class")).contains("selected");
    JsonNode stored = apiGet("/api/articles/" + encode(article));
    assertThat(driver.findElement(By.id("article-title")).getText())
        .isEqualTo(stored.path("title").asText());
    assertThat(driver.findElements(By.cssSelector("#quotes li[data-quote-id]")))
        .hasSize(stored.path("quotes").size());
    screenshot("article.png");
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNeverRuns() throws Exception {
    driver.get(base + "/?outlet=" + encode("Test Wire"));
    WebElement row = loadedRows().get(0);
    assertThat(row.getDomAttribute("data-article")).isEqualTo("script-test");
    row.click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));

    String text = driver.findElement(By.id("article-text")).getDomProperty("textContent");
    assertThat(text).contains(HOSTILE_SCRIPT, HOSTILE_IMAGE);
    assertThat(driver.findElement(By.id("article-title")).getDomProperty("textContent"))
        .isEqualTo(HOSTILE_SCRIPT);
    // No elements were made from the text: this holds even where the CSP would stop them running.
    assertThat(driver.findElements(By.cssSelector("#article-panel script, #article-panel img")))
        .isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return window.__pwned")).isNull();
    screenshot("markup.png");
  }

  @Test
  void filterInTheUrlIsRestoredIntoTheFormOnLoad() {
    driver.get(base + "/?actor=UKR");
    loadedRows();

    assertThat(driver.findElement(By.id("filter-actor")).getDomProperty("value")).isEqualTo("UKR");
    assertThat(rowActorCodes())
        .isNotEmpty()
        .allSatisfy(
            codes ->
                assertThat(codes)
                    .as("source and target codes")
                    .anySatisfy(code -> assertThat(code).startsWith("UKR")));
  }

  @Test
  void serveCommandPrintsItsAddressAndAnswersEvents() throws Exception {
    // `sitrep serve` blocks until the JVM shuts down (its shutdown hook stops the server), so it
    // runs on a daemon thread and stays up until the test JVM exits. Its port, picked by --port 0,
    // is known only from the line it prints: stdout is watched just until that line arrives.
    PrintStream stdout = System.out;
    AddressWatcher watcher = new AddressWatcher(stdout);
    URI address;
    System.setOut(new PrintStream(watcher, true, StandardCharsets.UTF_8));
    try {
      Thread serve =
          new Thread(
              () -> {
                int exit = Main.execute("serve", "--db", db.toString(), "--port", "0");
                watcher.address.completeExceptionally(
                    new AssertionError("sitrep serve exited with " + exit));
              },
              "sitrep-serve");
      serve.setDaemon(true);
      serve.start();
      address = watcher.address.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      System.setOut(stdout);
    }

    HttpResponse<String> events =
        HTTP.send(
            HttpRequest.newBuilder(address.resolve("api/events?actor=RUS")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(events.body()).path("items"))
        .hasSameSizeAs(apiEvents("actor=RUS&limit=50"));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Waits for the event table to have loaded, and returns its rows. */
  private static List<WebElement> loadedRows() {
    waiting().until(ExpectedConditions.presenceOfElementLocated(TABLE_READY));
    return driver.findElements(By.cssSelector("#events-table tbody tr[data-event-id]"));
  }

  /**
   * The source and target codes of each row, read in one script so the table cannot change midway.
   */
  @SuppressWarnings("unchecked")
  private static List<List<String>> rowActorCodes() {
    return (List<List<String>>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('#events-table tbody tr[data-event-id]')].map(row =>"
                    + " [row.cells[1], row.cells[3]].map(cell => cell.querySelector('.code')?.textContent ?? ''));");
  }

  private static List<JsonNode> apiEvents(String query) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    apiGet("/api/events?" + query).path("items").forEach(events::add);
    return events;
  }

  private static JsonNode apiGet(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  private static void screenshot(String name) throws IOException {
    Files.write(
        SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** News text that codes into events, carrying markup a careless page would run. */
  private static Path hostileArticle() throws IOException {
    Map<String, String> article = new LinkedHashMap<>();
    article.put("id", "script-test");
    article.put("published", "2025-03-01");
    article.put("outlet", "Test Wire");
    article.put("title", HOSTILE_SCRIPT);
    article.put(
        "text",
        "Russia attacked Ukraine with drones on Saturday, Ukraine's air force said."
            + " The message "
            + HOSTILE_SCRIPT
            + " was found on a seized drone."
            + " An image "
            + HOSTILE_IMAGE
            + " was also posted online."
            + " Ukraine's foreign minister condemned Russia for the attack.");
    Path file = dir.resolve("script-test.json");
    JSON.writeValue(file.toFile(), article);
    return file;
  }

  /** Why the tests cannot run here, if they cannot; where a browser is required (CI), a failure. */
  private static Optional<String> missingBrowser(Path chromium, Path chromedriver) {
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return Optional.empty();
    }
    String message =
        "no browser at "
            + chromium
            + " / "
            + chromedriver
            + ": install it with"
            + " `apt-get install chromium chromium-driver` or set SITREP_CHROMIUM and SITREP_CHROMEDRIVER";
    if ("1".equals(System.getenv("SITREP_REQUIRE_BROWSER"))) {
      throw new AssertionError(message + " (SITREP_REQUIRE_BROWSER=1)");
    }
    return Optional.of(message);
  }

  private static WebDriver startChromium(Path chromium, Path chromedriver) throws IOException {
    // Both paths given explicitly, so Selenium Manager has nothing to look up or download.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    File profile = Files.createDirectory(dir.resolve("chromium-profile")).toFile();
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1800",
        "--user-data-dir=" + profile);
    // The console is where a Content-Security-Policy violation shows.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    return new ChromeDriver(service, options);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** Passes stdout through and completes with the address once serve prints "... at http://...". */
  private static final class AddressWatcher extends OutputStream {
    private static final Pattern SERVING =
        Pattern.compile("^sitrep: serving .* at (http://\\S+/)$");

    final CompletableFuture<URI> address = new CompletableFuture<>();
    private final PrintStream echo;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    AddressWatcher(PrintStream echo) {
      this.echo = echo;
    }

    @Override
    public synchronized void write(int b) {
      echo.write(b);
      if (b != '\n') {
        line.write(b);
        return;
      }
      Matcher serving = SERVING.matcher(line.toString(StandardCharsets.UTF_8).strip());
      if (serving.matches()) {
        address.complete(URI.create(serving.group(1)));
      }
      line.reset();
    }

    @Override
    public void flush() {
      echo.flush();
    }
  }

  private static JsonNode loneliest(List<JsonNode> places) {
    JsonNode best = places.get(0);
    double bestGap = -1;
    for (JsonNode p : places) {
      double gap = Double.MAX_VALUE;
      for (JsonNode q : places) {
        if (q != p) {
          gap =
              Math.min(
                  gap,
                  Math.hypot(
                      p.path("lon").asDouble() - q.path("lon").asDouble(),
                      p.path("lat").asDouble() - q.path("lat").asDouble()));
        }
      }
      if (gap > bestGap) {
        bestGap = gap;
        best = p;
      }
    }
    return best;
  }
}
