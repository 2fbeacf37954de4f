package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Word;
import org.sitrep.model.DatePrecision;

class EventDatesTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 11, 11);

  /** Words from "tok/timex" pairs; "-" for no time expression. */
  private static List<Word> words(String... pairs) {
    List<Word> out = new ArrayList<>();
    int at = 0;
    for (String pair : pairs) {
      String[] p = pair.split("/");
      Optional<String> timex = p[1].equals("-") ? Optional.empty() : Optional.of(p[1]);
      out.add(
          new Word(
              p[0],
              at,
              at + p[0].length(),
              "NN",
              p[0],
              timex.isPresent() ? "DATE" : "O",
              timex,
              Optional.empty()));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void eachEventTakesTheDateNearestItsTarget() {
    List<Word> w =
        words(
            "he/-",
            "spoke/-",
            "to/-",
            "Putin/-",
            "on/-",
            "November/2024-11-07",
            "7/2024-11-07",
            "as/-",
            "well/-",
            "as/-",
            "Zelenskyy/-",
            "on/-",
            "November/2024-11-08",
            "8/2024-11-08");
    assertThat(EventDates.of(w, 1, 3, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 7), DatePrecision.DAY));
    assertThat(EventDates.of(w, 1, 10, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 8), DatePrecision.DAY));
  }

  @Test
  void overnightIsTheNightBeforePublication() {
    List<Word> w = words("Russia/-", "fired/-", "drones/-", "overnight/2024-11-11TNI");
    assertThat(EventDates.of(w, 1, 2, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 10), DatePrecision.DAY));
  }

  @Test
  void theYearAComparisonStartsFromIsNotTheEventsDate() {
    List<Word> w = words("the/-", "first/-", "attack/-", "since/-", "2014/2014");
    assertThat(EventDates.of(w, 2, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(MONDAY, DatePrecision.PUBLISHED));
  }

  @Test
  void aWhenClauseAfterSinceTakesItsDate() {
    List<Word> w =
        words(
            "tension/-",
            "has/-",
            "been/-",
            "high/-",
            "since/-",
            "late/2024-10",
            "October/2024-10",
            ",/-",
            "when/-",
            "troops/-",
            "killed/-",
            "a/-",
            "soldier/-");
    assertThat(EventDates.of(w, 10, 12, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 10, 1), DatePrecision.MONTH));
  }

  @Test
  void aMonthIsDatedToItsFirstDayWithMonthPrecision() {
    List<Word> w = words("aid/-", "sent/-", "in/-", "October/2024-10");
    assertThat(EventDates.of(w, 1, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 10, 1), DatePrecision.MONTH));
  }

  @Test
  void durationsAndVagueReferencesFallBackToThePublicationDate() {
    List<Word> w =
        words("Recently/PAST_REF", "Russia/-", "attacked/-", "for/-", "two/P2D", "days/P2D");
    assertThat(EventDates.of(w, 2, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(MONDAY, DatePrecision.PUBLISHED));
  }

  @Test
  void aDateWithoutAYearTakesThePublicationYear() {
    List<Word> w = words("met/-", "on/-", "March/XXXX-03-03", "3/XXXX-03-03");
    assertThat(EventDates.of(w, 0, -1, MONDAY).date()).isEqualTo(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aWeekdayInThePastTenseIsTheOneBeforePublication() {
    List<Word> w = new ArrayList<>(words("Obama/-", "arrived/-", "on/-", "Tuesday/2024-11-12"));
    Word verb = w.get(1);
    w.set(
        1,
        new Word(
            verb.text(),
            verb.start(),
            verb.end(),
            "VBD",
            "arrive",
            "O",
            Optional.empty(),
            Optional.empty()));
    assertThat(EventDates.of(w, 1, -1, MONDAY).date()).isEqualTo(LocalDate.of(2024, 11, 5));
  }

  @Test
  void aTimeOfDayAloneNamesNoDayButAWeekdayBesideItDoes() {
    // "detained the mayor in a dawn raid on Sunday": SUTime puts dawn on the publication day
    List<Word> w =
        words(
            "detained/-",
            "the/-",
            "mayor/-",
            "in/-",
            "a/-",
            "dawn/2024-11-11",
            "raid/-",
            "on/-",
            "Sunday/2024-11-10");
    assertThat(EventDates.of(w, 0, 2, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 10), DatePrecision.DAY));
    List<Word> night = words("fighting/-", "through/-", "the/-", "night/2024-11-11TNI");
    assertThat(EventDates.of(night, 0, -1, MONDAY).date()).isEqualTo(MONDAY);
  }

  @Test
  void aDayEarlierCountsFromTheStorysDayAndLeavesItAsItWas() {
    // published Monday 11th; the story is at Sunday the 10th; SUTime counts from the 11th
    List<Word> w =
        words(
            "A/2024-11-10",
            "day/2024-11-10",
            "earlier/2024-11-10",
            ",/-",
            "the/-",
            "university/-",
            "annulled/-",
            "his/-",
            "degree/-");
    LocalDate sunday = LocalDate.of(2024, 11, 10);
    assertThat(EventDates.of(w, 6, 8, MONDAY, k -> true, sunday).date())
        .isEqualTo(LocalDate.of(2024, 11, 9));
    assertThat(EventDates.sentenceDate(w, MONDAY, sunday)).isEmpty();
  }

  @Test
  void theDatelinesDayIsWhenTheCopyWasFiledNotWhatTheLeadTells() {
    // "KYIV, Nov 11 (Reuters) - Talks ended late on Sunday": the story's day is Sunday
    List<Word> w =
        words(
            "KYIV/-",
            ",/-",
            "Nov/2024-11-11",
            "11/2024-11-11",
            "-/-",
            "Talks/-",
            "ended/-",
            "late/2024-11-10",
            "on/-",
            "Sunday/2024-11-10");
    assertThat(EventDates.sentenceDate(w, MONDAY, MONDAY))
        .contains(new EventDates.EventDate(LocalDate.of(2024, 11, 10), DatePrecision.DAY));
  }

  @Test
  void theWeekendToldInAMondayArticleIsTheOneBeforeIt() {
    // SUTime puts "over the weekend" in a Monday 2024-11-11 article on the coming one, W46
    List<Word> w =
        words("talks/-", "were/-", "held/-", "over/-", "the/2024-W46-WE", "weekend/2024-W46-WE");
    assertThat(EventDates.of(w, 2, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 9), DatePrecision.DAY));
    // "this weekend" stays the coming one: yet to happen, it dates no event
    List<Word> coming = words("talks/-", "resume/-", "this/2024-W46-WE", "weekend/2024-W46-WE");
    assertThat(EventDates.of(coming, 1, -1, MONDAY).precision()).isEqualTo(DatePrecision.PUBLISHED);
  }

  @Test
  void aDateAfterPublicationDatesNoEvent() {
    // "agreed on Sunday to meet again on November 20": the agreement is Sunday's
    List<Word> w =
        words(
            "agreed/-",
            "on/-",
            "Sunday/2024-11-10",
            "to/-",
            "meet/-",
            "again/-",
            "on/-",
            "November/2024-11-20",
            "20/2024-11-20");
    assertThat(EventDates.of(w, 4, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2024, 11, 10), DatePrecision.DAY));
    List<Word> later = words("will/-", "meet/-", "in/-", "December/2024-12");
    assertThat(EventDates.of(later, 1, -1, MONDAY).precision()).isEqualTo(DatePrecision.PUBLISHED);
  }

  /** Words as {@link #words}, those at the given indexes tagged as past-tense verbs. */
  private static List<Word> withPastVerbs(List<Word> words, int... past) {
    List<Word> out = new ArrayList<>(words);
    for (int k : past) {
      Word w = out.get(k);
      out.set(
          k,
          new Word(
              w.text(),
              w.start(),
              w.end(),
              "VBD",
              w.text(),
              "O",
              Optional.empty(),
              Optional.empty()));
    }
    return out;
  }

  @Test
  void aWeekdayBesideAPastVerbOfAnotherClauseIsTheOneBeforePublication() {
    // "the clashes, which erupted on Thursday, have killed 35": the event's verb is not past
    List<Word> w =
        withPastVerbs(
            words("clashes/-", "which/-", "erupted/-", "on/-", "Thursday/2024-11-14", "killed/-"),
            2);
    assertThat(EventDates.of(w, 5, -1, MONDAY).date()).isEqualTo(LocalDate.of(2024, 11, 7));
    List<Word> future =
        withPastVerbs(
            words("he/-", "said/-", "he/-", "would/-", "travel/-", "on/-", "Thursday/2024-11-14"),
            1);
    assertThat(EventDates.of(future, 4, -1, MONDAY).precision()).isEqualTo(DatePrecision.PUBLISHED);
  }

  @Test
  void aMonthNamedWithoutAYearAndToldInThePastIsTheOneBeforePublication() {
    List<Word> w =
        withPastVerbs(words("fighting/-", "broke/-", "out/-", "in/-", "December/2024-12"), 1);
    assertThat(EventDates.of(w, 1, -1, MONDAY))
        .isEqualTo(new EventDates.EventDate(LocalDate.of(2023, 12, 1), DatePrecision.MONTH));
    List<Word> day =
        withPastVerbs(words("they/-", "met/-", "on/-", "Dec./2024-12-05", "5/2024-12-05"), 1);
    assertThat(EventDates.of(day, 1, -1, MONDAY).date()).isEqualTo(LocalDate.of(2023, 12, 5));
    List<Word> named =
        withPastVerbs(words("they/-", "met/-", "in/-", "December/2024-12", "2024/2024-12"), 1);
    assertThat(EventDates.of(named, 1, -1, MONDAY).precision()).isEqualTo(DatePrecision.PUBLISHED);
  }
}
