package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Articles;
import org.sitrep.store.Store;

/**
 * The escalation method on a store whose answer is known: over a week and its four-week baseline,
 * Russia's military against Ukraine spikes (2 events a week, then 12), the United States and France
 * talk as much as ever (6 a week), and Sudan's rebels strike civilians 3 times out of nowhere, too
 * few to count. Each day's events of a dyad have their own CAMEO root, so no two are merged into
 * one.
 */
class EscalationTest {
  private static final LocalDate LAST = LocalDate.parse("2025-03-31");
  static final String HOSTILE =
      "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> ";
  @TempDir static Path dir;
  private static Store store;
  private static Report report;

  @BeforeAll
  static void fillStore() {
    store = Store.open(dir.resolve("escalation.db").toString());
    report = fillAndReport(store);
  }

  /** Fills {@code into} with the weeks the class describes and reports the last of them. */
  static Report fillAndReport(Store into) {
    for (int week = 4; week >= 1; week--) {
      LocalDate monday = LAST.minusDays(6 + 7L * week);
      dyad(into, "RUSMIL", "UKR", monday, 2, -10.0);
      dyad(into, "USAGOV", "FRAGOV", monday, 6, 3.0);
    }
    LocalDate monday = LAST.minusDays(6);
    dyad(into, "RUSMIL", "UKR", monday, 12, -10.0);
    dyad(into, "USAGOV", "FRAGOV", monday, 6, 3.0);
    dyad(into, "SDNREB", "SDNCVL", monday, 3, -10.0);
    return ReportBuilder.build(
        into, ReportRequest.of(Map.of("from", "2025-03-25", "to", "2025-03-31")), LAST);
  }

  /**
   * {@code events} events from {@code source} to {@code target} in the week from {@code monday}: a
   * day at a time, the first seven with root 19, the rest with root 17 (another root, so two on one
   * day are two events).
   */
  private static void dyad(
      Store store, String source, String target, LocalDate monday, int events, double g) {
    for (int i = 0; i < events; i++) {
      LocalDate day = monday.plusDays(i % 7);
      boolean conflict = g < 0;
      String code = conflict ? (i < 7 ? "190" : "172") : (i < 7 ? "040" : "057");
      String id = source + "-" + target + "-" + day + "-" + i;
      store.save(
          Articles.article(id, day.toString(), "Outlet " + (i % 3))
              .event(
                  sentence(source, target, id),
                  day.toString(),
                  source,
                  target,
                  code,
                  conflict ? 4 : 1,
                  g)
              .coded());
    }
  }

  /** Sudan's sentences carry markup, which a report must show as text and never run. */
  private static String sentence(String source, String target, String id) {
    String said = source + " and " + target + " event " + id + ".";
    return source.startsWith("SDN") ? HOSTILE + said : said;
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void theSpikingDyadAndItsCountriesEscalateAndNothingElseMoves() {
    assertThat(report.escalating())
        .extracting(Mover::key)
        .containsExactlyInAnyOrder("RUSMIL>UKR", "RUS", "UKR");
    assertThat(report.calming()).isEmpty();
    Mover spike =
        report.escalating().stream()
            .filter(m -> m.key().equals("RUSMIL>UKR"))
            .findFirst()
            .orElseThrow();
    assertThat(spike.label()).isEqualTo("Russia military → Ukraine");
    assertThat(spike.events()).isEqualTo(12);
    assertThat(spike.baselineMean()).isEqualTo(2.0);
    // (12 - 2) / max(0, sqrt 2, 1)
    assertThat(spike.z()).isCloseTo(10 / Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aFlatDyadAndOneWithTooFewEventsAreNotFlagged() {
    Map<String, Series> dyads =
        Tallies.of(
                report.period(),
                store.dyadTallies(
                    report.request().filter(baseline()), Tallies.starts(report.period())),
                List.of())
            .dyads();
    assertThat(Escalation.judge("USAGOV>FRAGOV", dyads.get("USAGOV>FRAGOV"))).isEmpty();
    Series few = dyads.get("SDNREB>SDNCVL");
    assertThat(few.count(0)).isEqualTo(3);
    // a z of 3 on an empty baseline, but 3 events are below the minimum of 5
    assertThat(Escalation.judge("SDNREB>SDNCVL", few)).isEmpty();
  }

  @Test
  void aHostileTurnOfToneEscalatesWithoutMoreEvents() {
    Series turn = new Series(Escalation.BASELINE_PERIODS + 1);
    turn.add(0, 6, 6 * -5.0, 6);
    for (int k = 1; k <= Escalation.BASELINE_PERIODS; k++) {
      turn.add(k, 6, 6 * 2.0, 6);
    }
    assertThat(Escalation.judge("A>B", turn))
        .hasValueSatisfying(
            m -> assertThat(m.direction()).isEqualTo(Escalation.Direction.ESCALATING));
  }

  @Test
  void headlineFiguresCompareWithTheWeekBefore() {
    assertThat(report.now().events()).isEqualTo(21);
    assertThat(report.before().events()).isEqualTo(8);
    assertThat(report.now().materialConflict()).isEqualTo(15);
    assertThat(report.baselineEvents()).isEqualTo(32);
  }

  @Test
  void actorsAbsentFromTheBaselineAreNew() {
    assertThat(report.newActors())
        .extracting(NewActor::code)
        .containsExactlyInAnyOrder("SDNREB", "SDNCVL");
  }

  @Test
  void anOpenPeriodEndsOnTheNewestStoredEventNotToday() {
    Report lastWeek =
        ReportBuilder.build(
            store, ReportRequest.of(Map.of("last", "7d")), LocalDate.parse("2026-12-04"));
    assertThat(lastWeek.period()).isEqualTo(new Period(LocalDate.parse("2025-03-25"), LAST));
    assertThat(lastWeek.choice().note()).contains("newest stored event", "2025-03-31");
    assertThat(lastWeek.now().events()).isEqualTo(21);
  }

  @Test
  void theHtmlNamesTheMethodAndDrawsTheCharts() {
    String html = HtmlReport.render(report, Links.RELATIVE);
    assertThat(html).contains("id=\"escalating\"", "data-key=\"RUSMIL&gt;UKR\"", "id=\"method\"");
    assertThat(html)
        .contains("<svg id=\"timeline-chart\"", "<svg id=\"network-chart\"", "class=\"bar q4\"");
    assertThat(html).doesNotContain("<script", "<img");
  }

  @Test
  void markupInAnArticleIsShownAsTextInHtmlAndMarkdown() {
    String html = HtmlReport.render(report, Links.RELATIVE);
    assertThat(report.mostSevere())
        .anySatisfy(e -> assertThat(e.event().evidence().text()).contains("<script>"));
    assertThat(html)
        .contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;")
        .doesNotContain("<script", "<img", "onerror=\"");
    String md = MarkdownReport.render(report, Links.RELATIVE);
    assertThat(md).contains("&lt;script&gt;").doesNotContain("<script", "<img");
  }

  private static Period baseline() {
    return new Period(report.period().before(Escalation.BASELINE_PERIODS).from(), LAST);
  }
}
