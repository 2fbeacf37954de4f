package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.bench.StoreBenchmark;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * The dashboard over 20,000 synthetic reports (three years, about 200 actors), stored by the real
 * store code the store benchmark uses: the network must stay a readable top N with a note of how
 * many actors there are, and the timeline must bin by month rather than draw a thousand days.
 *
 * <p>The store merges reports of one event (the same dyad, root and day told in two sentences of an
 * article, or by two outlets), and the synthetic articles draw their events at random from a few
 * verbs and one dyad per article, so some fifth of the 20,000 are merged: the table's total is the
 * events the store holds, counted here by paging through them, and its reports are the 20,000.
 */
class DashboardAtScaleBrowserTest {
  private static final int EVENTS = 20_000;
  private static final int DEFAULT_TOP = 20;

  @TempDir static Path dir;
  private static DashboardSite site;
  private static long storedEvents;
  private static Optional<String> missingBrowser = Optional.empty();

  @BeforeAll
  static void start() throws Exception {
    missingBrowser = HeadlessChromium.missing();
    if (missingBrowser.isPresent()) {
      return;
    }
    Store store = Store.open(dir.resolve("scale.db").toString());
    try {
      StoreBenchmark.insert(store, EVENTS, 7);
      storedEvents = count(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
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
  void theNetworkShowsTheTopActorsAndSaysHowManyThereAre() throws Exception {
    long started = System.nanoTime();
    site.browser.driver.get(site.base + "/");
    site.browser.awaitViews();
    System.out.printf(
        Locale.ROOT,
        "dashboard over %d events: all views ready %d ms after the request%n",
        EVENTS,
        (System.nanoTime() - started) / 1_000_000);
    System.out.println(
        site.browser.script(
            "return performance.getEntriesByType('resource').filter(r => r.name.includes('/api/'))"
                + ".map(r => r.name.replace(/^.*\\/api\\//, '') + ' ' + Math.round(r.duration) + ' ms')"
                + ".join('\\n');"));

    assertThat(nodes()).isBetween(2L, (long) DEFAULT_TOP);
    String note = site.browser.driver.findElement(By.id("network-note")).getText();
    Matcher top = Pattern.compile("top (\\d+) of (\\d+)\\+? actors").matcher(note);
    assertThat(top.find()).as(note).isTrue();
    assertThat(Long.parseLong(top.group(1))).isEqualTo(nodes());
    assertThat(Integer.parseInt(top.group(2))).isGreaterThan(DEFAULT_TOP);
    site.browser.screenshot("scale.png");

    // the user may ask for fewer
    new Select(site.browser.driver.findElement(By.id("network-top"))).selectByValue("15");
    site.browser.waiting().until(d -> nodes() <= 15);
    assertThat(site.browser.driver.findElement(By.id("network-note")).getText()).startsWith("top ");
  }

  @Test
  void theTimelineBinsThreeYearsByMonthAndAClickNarrowsToThatMonth() throws Exception {
    site.browser.driver.get(site.base + "/");
    site.browser.awaitViews();

    assertThat(site.browser.driver.findElement(By.id("timeline")).getDomAttribute("data-bin"))
        .isEqualTo("month");
    assertThat(site.browser.driver.findElement(By.id("timeline-unit")).getText())
        .isEqualTo("month");
    @SuppressWarnings("unchecked")
    List<String> labels =
        (List<String>)
            site.browser.script(
                "return echarts.getInstanceByDom(document.getElementById('timeline'))"
                    + ".getOption().xAxis[0].data;");
    assertThat(labels).hasSize(36).allMatch(label -> label.matches("\\d{4}-\\d{2}"));
    assertThat(labels.get(0)).isEqualTo("2022-01");
    assertThat(storedEvents).isBetween(EVENTS / 2L, (long) EVENTS);
    assertThat(site.browser.driver.findElement(By.id("events-count")).getText())
        .isEqualTo(String.format(Locale.US, "50 shown of %,d", storedEvents));
    assertThat(site.browser.driver.findElement(By.id("events-reports")).getText())
        .isEqualTo("\u00b7 20,000 reports");

    // a month's bar narrows the filters to that month
    clickBar(13);
    site.browser.waiting().until(d -> URI.create(d.getCurrentUrl()).getRawQuery() != null);
    assertThat(URI.create(site.browser.driver.getCurrentUrl()).getRawQuery())
        .isEqualTo("from=2023-02-01&to=2023-02-28");
    site.browser.awaitViews();
    // a month is short enough for days again
    assertThat(site.browser.driver.findElement(By.id("timeline")).getDomAttribute("data-bin"))
        .isEqualTo("day");
    site.browser.screenshot("scale-months.png");
  }

  /** The events the store holds, read page by page as the API would list them. */
  private static long count(Store store) {
    long events = 0;
    Optional<String> cursor = Optional.empty();
    do {
      Page<StoredEvent> page =
          store.events(EventFilter.ALL, new PageRequest(PageRequest.MAX_LIMIT, cursor));
      events += page.items().size();
      cursor = page.next();
    } while (cursor.isPresent());
    return events;
  }

  /** Clicks the timeline's bar at this index where ECharts drew it. */
  private static void clickBar(int index) {
    @SuppressWarnings("unchecked")
    List<Number> pixel =
        (List<Number>)
            site.browser.script(
                "const chart = echarts.getInstanceByDom(document.getElementById('timeline'));"
                    + "const at = chart.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [arguments[0], 1]);"
                    + "return at;",
                index);
    var timeline = site.browser.driver.findElement(By.id("timeline"));
    new org.openqa.selenium.interactions.Actions(site.browser.driver)
        .moveToElement(
            timeline,
            (int) Math.round(pixel.get(0).doubleValue() - timeline.getRect().getWidth() / 2.0),
            (int) Math.round(pixel.get(1).doubleValue() - timeline.getRect().getHeight() / 2.0) - 2)
        .click()
        .perform();
  }

  private static long nodes() {
    String drawn = site.browser.driver.findElement(By.id("network")).getDomAttribute("data-nodes");
    return drawn == null ? -1 : Long.parseLong(drawn);
  }
}
