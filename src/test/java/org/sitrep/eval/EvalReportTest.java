package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.Fixtures.event;
import static org.sitrep.eval.Fixtures.gold;
import static org.sitrep.eval.Fixtures.goldQuote;
import static org.sitrep.eval.Fixtures.goldWithLocation;
import static org.sitrep.eval.Fixtures.quote;
import static org.sitrep.eval.Fixtures.withLocation;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static ArticleScore first() {
    GoldArticle gold =
        new GoldArticle(
            "seed",
            List.of(
                gold("USAELI", "RUSGOV", "040", "2024-11-07", "Trump called Putin."),
                gold("RUSGOV", "USAELI", "051", "", "Putin congratulated Trump.")),
            List.of(goldQuote("Dmitry Peskov", "RUSGOV", "The signals are positive")));
    return Scorer.score(
        gold,
        List.of(
            event("USAELI", "RUSGOV", "040", "2024-11-11", "published", "Trump called Putin."),
            event(
                "RUSMIL",
                "UKR",
                "195",
                "2024-11-10",
                "day",
                "Russia launched 145 drones at Ukraine.")),
        List.of(quote("Peskov", "RUSGOV", "The signals are positive")));
  }

  private static ArticleScore second() {
    GoldArticle gold =
        new GoldArticle("b2", List.of(gold("UKRMIL", "RUS", "190", "", "x")), List.of());
    return Scorer.score(gold, List.of(event("UKRMIL", "RUS", "190")), List.of());
  }

  @Test
  void sumsCountsOverArticlesBeforeTakingRatios() {
    EvalReport report = new EvalReport(List.of(first(), second()));

    assertThat(report.lenient()).isEqualTo(new Tally(2, 3, 3));
    assertThat(report.exact()).isEqualTo(new Tally(2, 3, 3));
    assertThat(report.dates()).isEqualTo(new Share(0, 1));
    assertThat(report.quoteSpeakers()).isEqualTo(new Share(1, 1));
    assertThat(report.quantities()).isEqualTo(Share.ZERO);
  }

  @Test
  void formatEndsWithGreppableSummaryLines() {
    String text = new EvalReport(List.of(first(), second())).format();

    assertThat(text.lines().filter(l -> l.startsWith("lenient")))
        .containsExactly("lenient  P 0.667  R 0.667  F1 0.667  (2 of 3 predicted, 2 of 3 gold)");
    assertThat(text)
        .contains("\nexact    P 0.667  R 0.667  F1 0.667  (2 of 3 predicted, 2 of 3 gold)\n");
    assertThat(text).contains("\ndates    0.000  (0 of 1 matched events with a gold date)\n");
    assertThat(text).contains("\nquotes   1.000  (1 of 1 gold quotes with the right speaker)\n");
    assertThat(text).contains("\nquantity n/a    (0 of 0 matched events with a gold quantity)\n");
  }

  @Test
  void formatListsWhatEachArticleMissedAndInvented() {
    String text = new EvalReport(List.of(first())).format();

    assertThat(text).contains("== article seed\n");
    assertThat(text)
        .contains(
            "  missed gold events (1):\n    RUSGOV -> USAELI 051 (no date)  \"Putin congratulated Trump.\"");
    assertThat(text)
        .contains("  spurious predictions (1):\n    s0 RUSMIL -> UKR 195 2024-11-10 (day)");
    assertThat(text)
        .contains(
            "  wrong dates (1):\n    gold USAELI -> RUSGOV 040 2024-11-07  ours s0 USAELI -> RUSGOV 040 2024-11-11 (published)");
  }

  @Test
  void scoresLocationsWhereTheGoldNamesOne() {
    GoldArticle gold =
        new GoldArticle(
            "drones",
            List.of(
                goldWithLocation("UKRMIL", "RUS", "190", "Moscow"),
                goldWithLocation("RUSMIL", "UKR", "195", "Kharkiv")),
            List.of());
    ArticleScore score =
        Scorer.score(
            gold,
            List.of(
                withLocation(event("UKRMIL", "RUS", "190"), "Moscow"),
                withLocation(event("RUSMIL", "UKR", "195"), "Kyiv")),
            List.of());

    assertThat(score.locations()).isEqualTo(new Share(1, 2));
    String text = new EvalReport(List.of(score)).format();
    assertThat(text).contains("\nlocation 0.500  (1 of 2 matched events with a gold location)\n");
    assertThat(text)
        .contains(
            "  wrong locations (1):\n    gold \"Kharkiv\"  ours \"Kyiv\" (target)  RUSMIL -> UKR 195");
  }

  @Test
  void aLocationIsRightUnderAnyNameTheGazetteerKnowsForIt() {
    GoldArticle gold =
        new GoldArticle(
            "names", List.of(goldWithLocation("UKRMIL", "RUS", "190", "Moskva")), List.of());
    ArticleScore score =
        Scorer.score(
            gold, List.of(withLocation(event("UKRMIL", "RUS", "190"), "Moscow")), List.of());

    assertThat(score.locations()).isEqualTo(new Share(1, 1));
  }

  /** An article whose gold events were all missed, for these causes. */
  private static ArticleScore missing(String id, MissCause... causes) {
    List<Miss> misses =
        Arrays.stream(causes)
            .map(c -> new Miss(gold("USAGOV", "UKRGOV", "040", "", "Blinken met Kuleba."), c))
            .toList();
    Tally none = new Tally(0, 0, causes.length);
    return new ArticleScore(id, none, none, List.of(), misses, List.of(), List.of());
  }

  @Test
  void tagsEachMissedEventWithItsCauseAndCountsTheCausesThatOccurInBucketOrder() {
    String text =
        new EvalReport(
                List.of(
                    missing(
                        "a",
                        MissCause.NO_PREDICATE_CODED,
                        MissCause.SENTENCE_NOT_PARSED,
                        MissCause.NO_PREDICATE_CODED,
                        MissCause.SOURCE_NOT_FOUND)))
            .format();

    assertThat(text)
        .contains(
            "  missed gold events (4):\n"
                + "    USAGOV -> UKRGOV 040 (no date)  \"Blinken met Kuleba.\"  [no predicate coded]\n"
                + "    USAGOV -> UKRGOV 040 (no date)  \"Blinken met Kuleba.\"  [sentence not parsed]\n");
    assertThat(text)
        .contains(
            "\n  missed by cause: sentence not parsed 1, source not found 1, no predicate coded 2\n");
  }

  @Test
  void theSummaryCountsEveryCauseOverAllArticlesWithItsShare() {
    String text =
        new EvalReport(
                List.of(
                    missing("a", MissCause.SENTENCE_NOT_FOUND, MissCause.OTHER_ROOT),
                    missing("b", MissCause.SENTENCE_NOT_FOUND, MissCause.OTHER),
                    second()))
            .format();

    assertThat(text)
        .endsWith(
            "missed by cause (4 missed gold events):\n"
                + "  sentence not found     2   50.0%\n"
                + "  sentence not parsed    0    0.0%\n"
                + "  source not found       0    0.0%\n"
                + "  target not found       0    0.0%\n"
                + "  no predicate coded     0    0.0%\n"
                + "  other direction        0    0.0%\n"
                + "  other root             1   25.0%\n"
                + "  other                  1   25.0%\n");
    assertThat(text.substring(text.indexOf("== article b2"), text.indexOf("== summary")))
        .doesNotContain("missed by cause");
  }

  @Test
  void anEmptyReportHasZerosNotErrors() {
    EvalReport report = new EvalReport(List.of());

    assertThat(report.lenient().f1()).isZero();
    assertThat(report.format())
        .contains("lenient  P 0.000  R 0.000  F1 0.000  (0 of 0 predicted, 0 of 0 gold)")
        .contains("missed by cause (0 missed gold events):\n  sentence not found     0    n/a\n");
  }
}
