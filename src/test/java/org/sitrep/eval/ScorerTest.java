package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.Fixtures.event;
import static org.sitrep.eval.Fixtures.gold;
import static org.sitrep.eval.Fixtures.goldQuote;
import static org.sitrep.eval.Fixtures.goldWithQuantity;
import static org.sitrep.eval.Fixtures.quote;
import static org.sitrep.eval.Fixtures.withQuantity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

class ScorerTest {
  private static ArticleScore score(List<GoldEvent> gold, List<Event> events) {
    return Scorer.score(new GoldArticle("a1", gold, List.of()), events, List.of());
  }

  @Test
  void lenientMatchIgnoresRolesAndSubCodesButExactDoesNot() {
    ArticleScore s =
        score(
            List.of(gold("USAELI", "RUSGOV", "040", "", "")),
            List.of(event("USAGOV", "RUSMIL", "042")));

    assertThat(s.lenient()).isEqualTo(new Tally(1, 1, 1));
    assertThat(s.exact()).isEqualTo(new Tally(0, 1, 1));
    assertThat(s.matched()).singleElement().satisfies(p -> assertThat(p.exact()).isFalse());
  }

  @Test
  void exactMatchNeedsBothActorCodesAndTheFullEventCode() {
    ArticleScore s =
        score(
            List.of(gold("RUSMIL", "UKR", "195", "", "")), List.of(event("RUSMIL", "UKR", "195")));

    assertThat(s.exact()).isEqualTo(new Tally(1, 1, 1));
  }

  @Test
  void differentRootOrCountryIsAMissAndASpuriousPrediction() {
    ArticleScore s =
        score(
            List.of(gold("RUSGOV", "USA", "051", "", ""), gold("RUSGOV", "USA", "036", "", "")),
            List.of(event("RUSGOV", "USA", "043"), event("UKRGOV", "USA", "036")));

    assertThat(s.lenient()).isEqualTo(new Tally(0, 2, 2));
    assertThat(s.missed()).extracting(GoldEvent::code).containsExactly("051", "036");
    assertThat(s.spurious()).extracting(e -> e.code().value()).containsExactly("043", "036");
  }

  @Test
  void anEventWithoutTargetMatchesOnlyAGoldEventWithoutTarget() {
    ArticleScore s =
        score(
            List.of(gold("UKRMIL", "", "190", "", ""), gold("RUSMIL", "UKR", "190", "", "")),
            List.of(event("UKRMIL", "RUS", "190"), event("RUSMIL", "", "190")));

    assertThat(s.lenient()).isEqualTo(new Tally(0, 2, 2));

    ArticleScore both =
        score(List.of(gold("UKRMIL", "", "190", "", "")), List.of(event("UKRMIL", "", "193")));
    assertThat(both.lenient()).isEqualTo(new Tally(1, 1, 1));
  }

  @Test
  void eachGoldEventIsMatchedAtMostOnce() {
    ArticleScore s =
        score(
            List.of(gold("USA", "RUS", "040", "", "")),
            List.of(event("USA", "RUS", "040"), event("USAGOV", "RUSGOV", "041")));

    assertThat(s.lenient()).isEqualTo(new Tally(1, 2, 1));
    assertThat(s.spurious()).hasSize(1);
  }

  @Test
  void tiesArePairedBySentenceSoDatesAreComparedOnTheRightPair() {
    String first = "Trump spoke to Putin on November 7.";
    String second = "Trump spoke to Putin again on November 9.";
    List<GoldEvent> gold =
        List.of(
            gold("USAELI", "RUSGOV", "040", "2024-11-07", first),
            gold("USAELI", "RUSGOV", "040", "2024-11-09", second));
    // predictions in the opposite order, with curly quotes and extra spaces in the evidence
    List<Event> ours =
        List.of(
            event(
                "USAELI",
                "RUSGOV",
                "040",
                "2024-11-09",
                "day",
                "  Trump  spoke to Putin again on November 9. "),
            event("USAELI", "RUSGOV", "040", "2024-11-07", "day", first));

    ArticleScore s = score(gold, ours);

    assertThat(s.dates()).isEqualTo(new Share(2, 2));
  }

  @Test
  void sentenceTieBreakFindsTheBestPairingNotJustTheFirst() {
    // gold 0 could take either prediction by sentence; gold 1 only the first: a greedy pass
    // would give gold 0 the first and leave gold 1 with the wrong sentence.
    String both = "Putin and Lavrov praised Trump. Putin praised Trump again.";
    List<GoldEvent> gold =
        List.of(
            gold("RUSGOV", "USAELI", "051", "2024-11-10", both),
            gold("RUSGOV", "USAELI", "051", "2024-11-07", "Putin praised Trump again."));
    List<Event> ours =
        List.of(
            event("RUSGOV", "USAELI", "051", "2024-11-07", "day", "Putin praised Trump again."),
            event(
                "RUSGOV", "USAELI", "051", "2024-11-10", "day", "Putin and Lavrov praised Trump."));

    assertThat(score(gold, ours).dates()).isEqualTo(new Share(2, 2));
  }

  @Test
  void aMonthGoldDateAcceptsAnyDayOfThatMonth() {
    ArticleScore s =
        score(
            List.of(gold("RUSGOV", "USAELI", "051", "2024-11", "")),
            List.of(event("RUSGOV", "USAELI", "051", "2024-11-07", "day", "x")));

    assertThat(s.dates()).isEqualTo(new Share(1, 1));
  }

  @Test
  void aDayGoldDateNeedsThatDay() {
    ArticleScore s =
        score(
            List.of(gold("USAELI", "UKRGOV", "040", "2024-11-08", "")),
            List.of(event("USAELI", "UKRGOV", "040", "2024-11-11", "published", "x")));

    assertThat(s.dates()).isEqualTo(new Share(0, 1));
  }

  @Test
  void aCoarserDateThanTheGoldsIsWrongEvenWhenItContainsIt() {
    ArticleScore s =
        score(
            List.of(gold("USAELI", "UKRGOV", "040", "2024-11-01", "")),
            List.of(event("USAELI", "UKRGOV", "040", "2024-11-01", "month", "x")));

    assertThat(s.dates()).isEqualTo(new Share(0, 1));
  }

  @Test
  void goldEventsWithoutDateAreNotJudgedOnDates() {
    ArticleScore s =
        score(
            List.of(gold("RUSGOV", "USAELI", "036", "", "")),
            List.of(event("RUSGOV", "USAELI", "036")));

    assertThat(s.dates()).isEqualTo(Share.ZERO);
  }

  @Test
  void quantitiesAreComparedByNormalisedTextOnMatchedPairs() {
    ArticleScore s =
        score(
            List.of(
                goldWithQuantity("RUSMIL", "UKR", "195", "145 Drones"),
                goldWithQuantity("UKRMIL", "RUS", "195", "34 drones")),
            List.of(
                withQuantity(event("RUSMIL", "UKR", "190"), "145  drones"),
                withQuantity(event("UKRMIL", "RUS", "190"), "34")));

    assertThat(s.quantities()).isEqualTo(new Share(1, 2));
  }

  @Test
  void quotesAreFoundByTheirFirstWordsWhateverQuotationMarksAndCase() {
    GoldArticle gold =
        new GoldArticle(
            "a1",
            List.of(),
            List.of(
                goldQuote(
                    "Dmitry Peskov", "RUSGOV", "The signals are positive… At least he’s talking")));

    ArticleScore s =
        Scorer.score(
            gold,
            List.of(),
            List.of(
                quote(
                    "Peskov",
                    "RUSGOV",
                    "\u201Cthe signals are positive... at least he's talking about peace\u201D")));

    assertThat(s.quoteSpeakers()).isEqualTo(new Share(1, 1));
  }

  @Test
  void aMissingQuoteAndAMisattributedOneBothCountAgainstTheSpeakerShare() {
    GoldArticle gold =
        new GoldArticle(
            "a1",
            List.of(),
            List.of(
                goldQuote("Zelenskyy", "UKRGOV", "excellent"),
                goldQuote("Putin", "RUSGOV", "We are ready to speak"),
                goldQuote("Jake Sullivan", "USAGOV", "to put Ukraine in the strongest")));

    ArticleScore s =
        Scorer.score(
            gold,
            List.of(),
            List.of(
                quote("Putin", "RUSGOV", "We are ready to speak to Trump"),
                quote("Sullivan", "", "to put Ukraine in the strongest possible position")));

    assertThat(s.quoteSpeakers()).isEqualTo(new Share(1, 3));
    assertThat(s.quotes()).extracting(QuoteOutcome::found).containsExactly(false, true, true);
  }

  @Test
  void aGoldQuoteWithoutSpeakerCodeIsRightWhenOursHasNoneEither() {
    GoldArticle gold =
        new GoldArticle("a1", List.of(), List.of(goldQuote("a source", "", "it was brief")));

    ArticleScore s = Scorer.score(gold, List.of(), List.of(quote("someone", "", "It was brief.")));

    assertThat(s.quoteSpeakers()).isEqualTo(new Share(1, 1));
  }

  @Test
  void oneQuoteOfOursAnswersOnlyOneGoldQuote() {
    GoldArticle gold =
        new GoldArticle(
            "a1",
            List.of(),
            List.of(
                goldQuote("Zelenskyy", "UKRGOV", "excellent"),
                goldQuote("Zelenskyy", "UKRGOV", "excellent")));

    ArticleScore s =
        Scorer.score(gold, List.of(), List.of(quote("Zelenskyy", "UKRGOV", "excellent")));

    assertThat(s.quoteSpeakers()).isEqualTo(new Share(1, 2));
  }
}
