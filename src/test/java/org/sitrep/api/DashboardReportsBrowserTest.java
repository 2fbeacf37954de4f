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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.store.Store;

/**
 * One event, many reports, in a real headless Chromium over a real store: a drone strike told by
 * Reuters and the Kyiv Independent (34 drones, says Ukraine's air force) and by TASS (12 drones,
 * says the Russian defence ministry), and a statement told alike by Reuters and AFP. Clicking an
 * event opens its reports side by side, with the event's words marked in each sentence; the strike
 * is marked contested in the table and shows its two versions side by side. One report carries
 * markup in its sentence, which must stay text.
 */
class DashboardReportsBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String HOSTILE = "<img src=x onerror=\"window.__pwned=3\">";
  private static final By REPORTS_READY =
      By.cssSelector("#event-reports[data-state=\"ready\"] #mentions .mention");

  @TempDir static Path dir;
  private static DashboardSite site;
  private static Optional<String> missingBrowser = Optional.empty();

  @BeforeAll
  static void start() throws Exception {
    missingBrowser = HeadlessChromium.missing();
    if (missingBrowser.isPresent()) {
      return;
    }
    Store store = Store.open(dir.resolve("reports.db").toString());
    ActorRef russia = ActorRef.of("RUSMIL", "Russia", "Russia military");
    ActorRef ukraine = ActorRef.of("UKR", "Ukraine", "Ukraine");
    ActorRef airForce = ActorRef.of("UKRMIL", "Ukraine's air force", "Ukraine military");
    store.save(
        report(
            "reuters-strike",
            "Reuters",
            "2024-11-10",
            "195",
            russia,
            ukraine,
            34,
            airForce,
            "Russia launched 34 drones at Ukraine overnight, Ukraine's air force said."));
    store.save(
        report(
            "tass-strike",
            "TASS",
            "2024-11-10",
            "195",
            ActorRef.of("RUSMIL", "Russian forces", "Russia military"),
            ukraine,
            12,
            ActorRef.of("RUSGOV", "the Russian defence ministry", "Russia government"),
            "Russian forces struck Ukraine with 12 drones, the Russian defence ministry said."));
    store.save(
        report(
            "kyiv-strike",
            "Kyiv Independent",
            "2024-11-11",
            "195",
            russia,
            ukraine,
            34,
            ActorRef.of("UKRMIL", "the air force", "Ukraine military"),
            "Russia attacked Ukraine with 34 drones "
                + HOSTILE
                + " overnight, the air force said."));
    ActorRef poland = ActorRef.of("POLGOV", "Poland", "Poland government");
    ActorRef kyiv = ActorRef.of("UKRGOV", "Ukraine's government", "Ukraine government");
    store.save(
        report(
            "reuters-praise",
            "Reuters",
            "2024-11-12",
            "051",
            poland,
            kyiv,
            0,
            null,
            "Poland praised Ukraine's government for its resolve."));
    store.save(
        report(
            "afp-praise",
            "AFP",
            "2024-11-12",
            "051",
            ActorRef.of("POLGOV", "Warsaw", "Poland government"),
            kyiv,
            0,
            null,
            "Warsaw praised Ukraine's government on Tuesday."));
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
  void anEventWithSeveralMentionsOpensThemSideBySide() throws Exception {
    String id = eventId("root=05");
    site.browser.driver.get(site.base + "/");
    WebElement row = row(id);
    assertThat(row.findElement(By.cssSelector("td.sources")).getText()).isEqualTo("2");
    assertThat(row.getDomAttribute("data-contested")).isNull();

    row.click();
    List<WebElement> cards = mentions(2);

    assertThat(cards)
        .extracting(card -> card.findElement(By.cssSelector(".outlet")).getText())
        .containsExactly("Reuters", "AFP");
    assertSideBySide(cards);
    assertThat(cards.get(0).findElement(By.tagName("blockquote")).getText())
        .isEqualTo("Poland praised Ukraine's government for its resolve.");
    assertThat(marks(cards.get(0))).containsExactly("Poland", "Ukraine's government");
    assertThat(marks(cards.get(1))).containsExactly("Warsaw", "Ukraine's government");
    assertThat(cards.get(1).findElement(By.cssSelector(".when")).getText()).contains("2024-11-12");
    assertThat(site.browser.driver.findElement(By.id("reports-heading")).getText())
        .contains("2 reports from 2 sources");
    assertThat(site.browser.driver.findElement(By.id("versions-block")).isDisplayed()).isFalse();
    site.browser.screenshot("event-reports.png");
  }

  @Test
  void aContestedEventIsMarkedAndShowsBothVersionsSideBySide() throws Exception {
    String id = eventId("contested=true");
    site.browser.driver.get(site.base + "/");
    WebElement row = row(id);
    assertThat(row.getDomAttribute("data-contested")).isEqualTo("quantity,claimant");
    assertThat(row.findElement(By.cssSelector("td.sources")).getText()).startsWith("3");
    WebElement mark = row.findElement(By.cssSelector("td.sources .contested-mark"));
    assertThat(mark.getText()).isEqualTo("contested");
    assertThat(mark.getDomAttribute("title")).contains("quantity", "claimant");

    row.click();
    List<WebElement> cards = mentions(3);
    assertSideBySide(cards);
    assertThat(cards)
        .extracting(card -> card.findElement(By.cssSelector(".figure")).getText())
        .containsExactly("figure: 34 drones", "figure: 12 drones", "figure: 34 drones");
    assertThat(cards.get(1).findElement(By.cssSelector(".claim")).getText()).contains("RUSGOV");
    assertThat(marks(cards.get(1)))
        .containsExactly("Russian forces", "Ukraine", "12 drones", "the Russian defence ministry");

    List<WebElement> versions =
        site.browser.driver.findElements(By.cssSelector("#versions-block:not([hidden]) .version"));
    assertThat(versions).hasSize(2);
    assertSideBySide(versions);
    assertThat(versions.get(0).getText()).contains("34 drones", "Reuters, Kyiv Independent");
    assertThat(versions.get(0).getText()).contains("2 reports", "UKRMIL");
    assertThat(versions.get(1).getText()).contains("12 drones", "TASS", "RUSGOV");
    assertThat(site.browser.driver.findElement(By.id("versions-heading")).getText())
        .contains("the figure", "who claims it");

    // the markup in one outlet's sentence is text, not an element
    assertThat(cards.get(2).findElement(By.tagName("blockquote")).getText()).contains(HOSTILE);
    assertThat(site.browser.driver.findElements(By.cssSelector("#event-reports img"))).isEmpty();
    assertThat(site.browser.script("return window.__pwned === undefined;")).isEqualTo(true);
    site.browser.screenshot("contested-event.png");

    // a report's button opens its own article, and the reports stay
    cards.get(1).findElement(By.tagName("button")).click();
    site.browser
        .waiting()
        .until(d -> d.findElement(By.id("article-meta")).getText().startsWith("TASS"));
    assertThat(site.browser.driver.findElements(By.cssSelector("#mentions .mention"))).hasSize(3);
    assertThat(cards.get(1).getDomAttribute("class")).contains("current");
  }

  @Test
  void theFiltersAskForContestedEventsOrThoseOfSeveralSources() throws Exception {
    String strike = eventId("contested=true");
    site.browser.driver.get(site.base + "/");
    site.browser.loadedRows();
    new org.openqa.selenium.support.ui.Select(
            site.browser.driver.findElement(By.id("filter-contested")))
        .selectByValue("true");
    site.browser.driver.findElement(By.id("apply")).click();

    site.browser.waiting().until(d -> d.getCurrentUrl().contains("contested=true"));
    site.browser.awaitViews();
    assertThat(site.browser.loadedRows())
        .singleElement()
        .satisfies(row -> assertThat(row.getDomAttribute("data-event-id")).isEqualTo(strike));

    site.browser.driver.get(site.base + "/?min_sources=3");
    assertThat(site.browser.loadedRows()).hasSize(1);
    assertThat(site.browser.driver.findElement(By.id("filter-min_sources")).getDomProperty("value"))
        .isEqualTo("3");
    site.browser.driver.get(site.base + "/?min_sources=2&contested=false");
    assertThat(site.browser.loadedRows()).hasSize(1);
  }

  private static void assertSideBySide(List<WebElement> cards) {
    for (int i = 1; i < cards.size(); i++) {
      assertThat(cards.get(i).getRect().getY()).isEqualTo(cards.get(0).getRect().getY());
      assertThat(cards.get(i).getRect().getX()).isGreaterThan(cards.get(i - 1).getRect().getX());
    }
  }

  private static List<WebElement> mentions(int count) {
    site.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(REPORTS_READY, count));
    return site.browser.driver.findElements(By.cssSelector("#mentions .mention"));
  }

  private static List<String> marks(WebElement card) {
    return card.findElements(By.cssSelector("mark.event-words")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement row(String id) {
    site.browser.loadedRows();
    return site.browser.driver.findElement(
        By.cssSelector("#events-table tbody tr[data-event-id=\"" + id + "\"]"));
  }

  /** The id of the one event the API lists for this query. */
  private static String eventId(String query) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(site.base + "/api/events?" + query)).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode items = JSON.readTree(response.body()).get("items");
    assertThat(items).as(query).hasSize(1);
    return items.get(0).get("id").asText();
  }

  /** A one-sentence article of one outlet telling one event. */
  private static CodedArticle report(
      String id,
      String outlet,
      String published,
      String code,
      ActorRef source,
      ActorRef target,
      int drones,
      @Nullable ActorRef claimant,
      String sentence) {
    LocalDate day = LocalDate.parse(published);
    Event event =
        new Event(
            id,
            0,
            LocalDate.parse(code.startsWith("19") ? "2024-11-10" : published),
            DatePrecision.DAY,
            source,
            Optional.of(target),
            CameoCode.of(code),
            OptionalInt.of(code.startsWith("19") ? 4 : 1),
            OptionalDouble.of(code.startsWith("19") ? -10.0 : 3.4),
            new Evidence(sentence, 0, sentence.length()),
            drones > 0
                ? Optional.of(new Quantity(drones, "drones", drones + " drones"))
                : Optional.empty(),
            Optional.ofNullable(claimant),
            Optional.empty());
    Article article =
        new Article(
            id,
            Optional.of(day),
            Optional.of(outlet),
            Optional.of("Report " + id),
            sentence,
            Optional.of("https://example.org/" + id),
            id + ".json");
    return new CodedArticle(
        article,
        List.of(new Sentence(0, sentence, 0, sentence.length())),
        List.of(event),
        List.of(),
        1);
  }
}
