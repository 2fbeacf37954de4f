package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sitrep.NeedsModels;
import org.sitrep.cli.Main;
import org.sitrep.report.Report;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportRequest;
import org.sitrep.store.Store;

/**
 * The situation report in a real headless Chromium, over a store holding the sample articles (and
 * one whose text holds markup): the file {@code sitrep report --last 7d} writes and the page {@code
 * GET /report} serves show every section that has data and no other, draw their charts, link each
 * event to its own article, run nothing an article says, and print to PDF. A screenshot and the
 * PDF's first page go to {@code target/screenshots/} for a person to look at.
 *
 * <p>One store for the whole class: ingesting the samples is the slow part (30-60 s).
 */
@NeedsModels
class ReportBrowserTest {
  private static final Path OUT = Path.of("target", "report");
  private static final By EVIDENCE =
      By.cssSelector(
          "#article-panel:not([hidden])[data-state=\"ready\"] #article-text mark.evidence");
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  @TempDir static Path dir;
  private static Optional<String> missingBrowser = Optional.empty();
  private static DashboardSite site;
  private static Store store;
  private static Report expected;

  @BeforeAll
  static void ingestRenderAndServe() throws Exception {
    missingBrowser = HeadlessChromium.missing();
    if (missingBrowser.isPresent()) {
      return;
    }
    Path db = dir.resolve("sitrep.db");
    int exit =
        Main.execute("ingest", "--db", db.toString(), "samples/articles", hostile().toString());
    assertThat(exit).as("exit code of sitrep ingest").isZero();
    store = Store.open(db.toString());
    site = DashboardSite.serve(store, dir);
    Files.createDirectories(OUT);
    // the file's links open this server's dashboard
    for (String format : List.of("html", "pdf", "md")) {
      exit =
          Main.execute(
              "report",
              "--db",
              db.toString(),
              "--last",
              "7d",
              "--dashboard",
              site.base + "/",
              "--out",
              OUT.resolve("report." + format).toString());
      assertThat(exit).as("exit code of sitrep report --format " + format).isZero();
    }
    expected =
        ReportBuilder.build(
            store, ReportRequest.of(Map.of("last", "7d")), LocalDate.now(ZoneId.systemDefault()));
    SECTIONS.put("headline", "headline");
    SECTIONS.put("movers", expected.hasMovers() ? "y" : "");
    SECTIONS.put("key-events", expected.hasKeyEvents() ? "y" : "");
    SECTIONS.put("new-actors", expected.newActors().isEmpty() ? "" : "y");
    SECTIONS.put("quotes", expected.quotes().isEmpty() ? "" : "y");
    SECTIONS.put("disputed", expected.hasDisputes() ? "y" : "");
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
  void theReportFileShowsEverySectionWithDataAndItsChartsOffline() throws IOException {
    // the samples end 2025-10-30: seven days up to there hold events, so the report is not empty
    assertThat(expected.now().events()).isPositive();
    site.browser.driver.get(OUT.resolve("report.html").toAbsolutePath().toUri().toString());
    checkPage();
    assertThat(text("#period-note")).contains("newest stored event");
    site.browser.screenshot("report.png");
  }

  @Test
  void theServedReportIsTheSameAndItsLinksOpenTheRightArticles() {
    site.browser.driver.get(site.base + "/report?last=7d");
    checkPage();
    List<WebElement> events = site.browser.driver.findElements(By.cssSelector("li.event"));
    assertThat(events).isNotEmpty();
    for (WebElement item : events) {
      long id = Long.parseLong(item.getDomAttribute("data-event-id"));
      String article = item.getDomAttribute("data-article-id");
      // the event is one this article reported
      assertThat(store.mentions(id))
          .anySatisfy(m -> assertThat(m.event().article()).isEqualTo(article));
      URI view =
          URI.create(item.findElement(By.cssSelector("a.article-view")).getDomProperty("href"));
      assertThat(view.getQuery()).isEqualTo("article=" + article + "&event=" + id);
      String url = store.article(article).orElseThrow().article().url().orElseThrow();
      assertThat(item.findElements(By.cssSelector("a.article-url")))
          .allSatisfy(a -> assertThat(a.getDomAttribute("href")).isEqualTo(url));
    }
    // a click opens the article in the dashboard with the event's sentence marked
    String evidence = events.get(0).findElement(By.cssSelector(".evidence")).getText();
    events.get(0).findElement(By.cssSelector("a.article-view")).click();
    WebElement mark =
        site.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(EVIDENCE));
    assertThat(evidence).contains(mark.getText().strip());
  }

  @Test
  void theDashboardLinksToTheReportOfItsFilters() {
    site.browser.driver.get(site.base + "/?country=SDN");
    site.browser.loadedRows();
    site.browser.driver.findElement(By.id("report-link")).click();
    site.browser.waiting().until(ExpectedConditions.urlContains("/report?"));
    assertThat(URI.create(site.browser.driver.getCurrentUrl()).getQuery())
        .isEqualTo("country=SDN&last=7d");
    assertThat(text("h1")).contains("country SDN");
  }

  @Test
  void markupFromAnArticleNeverRuns() {
    site.browser.driver.get(site.base + "/report?from=2025-02-26&to=2025-03-04");
    assertThat(site.browser.script("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(site.browser.driver.findElements(By.cssSelector("body script, body img"))).isEmpty();
    assertThat(site.browser.severeConsoleMessages()).isEmpty();
  }

  @Test
  void thePdfPrintsAndItsFirstPageIsSavedAsPng() throws Exception {
    Path pdf = OUT.resolve("report.pdf");
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
    Optional<String> pdftoppm = onPath("pdftoppm");
    if (pdftoppm.isEmpty()) {
      String why = "no pdftoppm (Debian poppler-utils) to save the PDF's first page as PNG";
      assertThat(System.getenv("SITREP_REQUIRE_BROWSER")).as(why).isNotEqualTo("1");
      Assumptions.abort(why);
    }
    Path png = HeadlessChromium.SCREENSHOTS.resolve("report-pdf");
    Process p =
        new ProcessBuilder(
                pdftoppm.get(),
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf.toString(),
                png.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.size(Path.of(png + ".png"))).isGreaterThan(5_000);
    assertThat(Files.readString(OUT.resolve("report.md"), StandardCharsets.UTF_8))
        .contains("## Headline figures");
  }

  /** The sections with data are there and the others not; each chart is drawn and not empty. */
  private void checkPage() {
    SECTIONS.forEach(
        (id, has) ->
            assertThat(site.browser.driver.findElements(By.id(id)))
                .as("section #" + id)
                .hasSize(has.isEmpty() ? 0 : 1));
    assertThat(count("#timeline-chart rect.bar")).isPositive();
    assertThat(count("#network-chart line.edge")).isEqualTo(expected.network().size());
    assertThat(count("#network-chart g.node")).isGreaterThan(1);
    assertThat(count("#map-chart .place")).isEqualTo(expected.places().size());
    assertThat(count("#map-chart path.land")).isEqualTo(1);
    for (String chart : List.of("timeline-chart", "network-chart", "map-chart")) {
      Object box =
          site.browser.script(
              "const b = document.getElementById(arguments[0]).getBBox(); return b.width * b.height;",
              chart);
      assertThat(((Number) box).doubleValue()).as(chart + " drawn area").isGreaterThan(10_000);
    }
    assertThat(count("li.event")).isPositive();
    assertThat(site.browser.driver.findElements(By.cssSelector("body script"))).isEmpty();
  }

  private static long count(String css) {
    return site.browser.driver.findElements(By.cssSelector(css)).size();
  }

  private static String text(String css) {
    return site.browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private static Optional<String> onPath(String command) {
    for (String folder :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(folder, command);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  /** An article whose title and text hold a script and an image with an onerror attribute. */
  private static Path hostile() throws IOException {
    Map<String, String> article = new LinkedHashMap<>();
    article.put("id", "report-script-test");
    article.put("published", "2025-03-01");
    article.put("outlet", "Test Wire <script>window.__pwned=3</script>");
    article.put("title", "<script>window.__pwned=1</script>");
    article.put(
        "text",
        "Russia attacked Ukraine with drones on Saturday <img src=x onerror=\"window.__pwned=2\">,"
            + " Ukraine's air force said. The message <script>window.__pwned=1</script> was found"
            + " on a seized drone. Ukraine's foreign minister condemned Russia for the attack.");
    Path file = dir.resolve("report-script-test.json");
    new ObjectMapper().writeValue(file.toFile(), article);
    return file;
  }
}
