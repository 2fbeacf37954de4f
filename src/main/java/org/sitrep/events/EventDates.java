package org.sitrep.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Dateline;
import org.sitrep.annotate.Word;
import org.sitrep.model.DatePrecision;

/*
 * Design note. SUTime has already normalised every time expression against the publication date
 * ("on Sunday" in a Monday 2024-11-11 article is 2024-11-10). What is left is choosing which
 * expression dates an event: the one nearest the event's target or verb, since a sentence such
 * as "he spoke to Putin on November 7, as well as Zelenskyy on November 8" puts each date next
 * to the participant it belongs to. Durations, vague references ("recently") and weeks are no
 * dates. "Overnight" in a news article is the night before it was published: SUTime calls it
 * the publication day's night, so its date is the day before. A bare weekday is the one of the
 * week before publication when the verb is in the past ("arrived on Tuesday" in a Monday
 * article), where SUTime would take the coming one; a month or day named without a year and
 * told in the past lies in the year before when SUTime's nearest one is after publication.
 */

/**
 * Dates an event from the time expressions of its sentence, or from the publication date.
 *
 * <pre>{@code EventDates.of(words, verb, target, published)  // EventDate[2024-11-10, day]}</pre>
 */
public final class EventDates {
  /** A date and where it came from: day, month, year, or published. */
  public record EventDate(LocalDate date, DatePrecision precision) {}

  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");

  private EventDates() {}

  /** {@code verb} and {@code target} are word indexes, -1 when unknown. */
  public static EventDate of(List<Word> words, int verb, int target, LocalDate published) {
    return of(words, verb, target, published, word -> true);
  }

  /**
   * As {@link #of(List, int, int, LocalDate)}, taking only time expressions whose first word passes
   * {@code inScope}: the caller keeps out those of other clauses ("is determined to support Ukraine
   * before Trump takes office in January" is not dated January).
   */
  public static EventDate of(
      List<Word> words,
      int verb,
      int target,
      LocalDate published,
      java.util.function.IntPredicate inScope) {
    return of(words, verb, target, published, inScope, published);
  }

  /**
   * As above, counting "a day earlier", "two days later" from {@code anchor}, the day the story has
   * reached, rather than from publication as SUTime does.
   */
  public static EventDate of(
      List<Word> words,
      int verb,
      int target,
      LocalDate published,
      java.util.function.IntPredicate inScope,
      LocalDate anchor) {
    EventDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Expression e : expressions(words)) {
      if (!inScope.test(e.start()) || isSince(e, words, verb)) {
        continue;
      }
      Optional<EventDate> date = parse(e, words, verb, published, anchor);
      if (date.isEmpty() || isFuture(date.get(), published)) {
        // what is yet to happen is coded as an intention, dated when it was said
        continue;
      }
      // a date after the participant belongs to it ("spoke to X on DATE"): one word's advantage
      int toTarget = distance(e, target);
      if (target >= 0 && target >= e.end() && toTarget != Integer.MAX_VALUE) {
        toTarget++;
      }
      int distance = Math.min(distance(e, verb), toTarget);
      if (distance < bestDistance) {
        best = date.get();
        bestDistance = distance;
      }
    }
    return best != null ? best : new EventDate(published, DatePrecision.PUBLISHED);
  }

  /**
   * The date a sentence sets for what follows it in its paragraph: its first time expression of a
   * day or month that is not after publication ("On Sunday, Sullivan said..." dates the next
   * sentence's "this will be done by..." too).
   */
  public static Optional<EventDate> sentenceDate(
      List<Word> words, LocalDate published, LocalDate anchor) {
    int dateline = Dateline.length(words);
    for (Expression e : expressions(words)) {
      if (e.start() < dateline) {
        // the day the copy was filed: the story's own day is the one its lead tells
        continue;
      }
      if (isRelativeDay(e, words)) {
        // "A day earlier, ...": an aside; the story's own day goes on after it
        continue;
      }
      Optional<EventDate> date = parse(e, words, -1, published, anchor);
      if (date.isPresent()
          && date.get().precision() != DatePrecision.YEAR
          && !date.get().date().isAfter(published)) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static boolean isFuture(EventDate date, LocalDate published) {
    return switch (date.precision()) {
      case YEAR -> date.date().getYear() > published.getYear();
      case MONTH -> YearMonth.from(date.date()).isAfter(YearMonth.from(published));
      default -> date.date().isAfter(published);
    };
  }

  private record Expression(int start, int end, String value) {}

  private static List<Expression> expressions(List<Word> words) {
    List<Expression> out = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      Optional<String> value = words.get(k).timex();
      if (value.isEmpty()) {
        k++;
        continue;
      }
      int end = k + 1;
      while (end < words.size() && words.get(end).timex().equals(value)) {
        end++;
      }
      out.add(new Expression(k, end, value.get()));
      k = end;
    }
    return out;
  }

  /**
   * "the first attack since 2014": the start of a comparison, not the event's date; but in "tension
   * has been high since late May, when Thai troops killed a soldier" it dates the when-clause after
   * it.
   */
  private static boolean isSince(Expression e, List<Word> words, int verb) {
    if (e.start() == 0 || !words.get(e.start() - 1).text().equalsIgnoreCase("since")) {
      return false;
    }
    int next =
        e.end() < words.size() && words.get(e.end()).text().equals(",") ? e.end() + 1 : e.end();
    return !(next < verb && words.get(next).text().equalsIgnoreCase("when"));
  }

  private static int distance(Expression e, int at) {
    if (at < 0) {
      return Integer.MAX_VALUE;
    }
    if (at < e.start()) {
      return e.start() - at;
    }
    return at >= e.end() ? at - e.end() + 1 : 0;
  }

  private static Optional<EventDate> parse(
      Expression e, List<Word> words, int verb, LocalDate published, LocalDate anchor) {
    String value = e.value();
    if (isBarePartOfDay(e, words)) {
      // "in a dawn raid", "in the evening": SUTime puts it on the publication day; it names none
      return Optional.empty();
    }
    try {
      Matcher day = DAY.matcher(value);
      if (day.matches()) {
        int year =
            day.group(1).equals("XXXX") ? published.getYear() : Integer.parseInt(day.group(1));
        LocalDate date =
            LocalDate.of(year, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
        if (isOvernight(e, words) && date.equals(published)) {
          date = date.minusDays(1);
        }
        if (isRelativeDay(e, words)) {
          // SUTime counts "a day earlier" from publication; the story counts from its own day
          date = anchor.plusDays(java.time.temporal.ChronoUnit.DAYS.between(published, date));
        }
        if (date.isAfter(published) && PastTense.at(words, verb, e.start(), e.end())) {
          if (!date.isAfter(published.plusDays(6)) && isWeekday(e, words)) {
            date = date.minusDays(7);
          } else if (namesMonth(e, words) && !namesYear(e, words)) {
            date = date.minusYears(1);
          }
        }
        return Optional.of(new EventDate(date, DatePrecision.DAY));
      }
      Matcher weekend = WEEKEND.matcher(value);
      if (weekend.matches()) {
        return weekend(e, words, published, weekend);
      }
      Matcher month = MONTH.matcher(value);
      if (month.matches()) {
        YearMonth ym =
            YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        if (ym.isAfter(YearMonth.from(published))
            && !namesYear(e, words)
            && PastTense.at(words, verb, e.start(), e.end())) {
          ym = ym.minusYears(1);
        }
        return Optional.of(new EventDate(ym.atDay(1), DatePrecision.MONTH));
      }
      if (YEAR.matcher(value).matches()) {
        return Optional.of(
            new EventDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR));
      }
    } catch (java.time.DateTimeException | NumberFormatException ex) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "over the weekend": its Saturday. SUTime takes the coming weekend; news telling of "the
   * weekend" after it happened means the one before publication ("this weekend", "next weekend"
   * keep the coming one).
   */
  private static Optional<EventDate> weekend(
      Expression e, List<Word> words, LocalDate published, Matcher weekend) {
    LocalDate saturday =
        LocalDate.of(Integer.parseInt(weekend.group(1)), 1, 4)
            .with(
                java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                Integer.parseInt(weekend.group(2)))
            .with(java.time.DayOfWeek.SATURDAY);
    boolean named =
        anyWord(e, words, w -> w.equals("this") || w.equals("next") || w.equals("coming"));
    if (saturday.isAfter(published) && !named) {
      saturday = saturday.minusWeeks(1);
    }
    return Optional.of(new EventDate(saturday, DatePrecision.DAY));
  }

  private static final java.util.Set<String> WEEKDAYS =
      java.util.Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Whether any word of the expression, in lower case, passes {@code test}. */
  private static boolean anyWord(
      Expression e, List<Word> words, java.util.function.Predicate<String> test) {
    for (int k = e.start(); k < e.end(); k++) {
      if (test.test(words.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekday(Expression e, List<Word> words) {
    return anyWord(e, words, WEEKDAYS::contains);
  }

  /** "on Aug. 4", "November 5": a month by its name or its abbreviation. */
  private static boolean namesMonth(Expression e, List<Word> words) {
    return anyWord(
        e,
        words,
        word -> {
          String w = word.replace(".", "");
          return w.length() >= 3 && MONTHS.stream().anyMatch(month -> month.startsWith(w));
        });
  }

  /** "November 2024", "in 2023": a year written out, which SUTime has not had to guess. */
  private static boolean namesYear(Expression e, List<Word> words) {
    return anyWord(e, words, YEAR.asMatchPredicate());
  }

  private static final java.util.Set<String> PARTS_OF_DAY =
      java.util.Set.of(
          "dawn",
          "pre-dawn",
          "predawn",
          "daybreak",
          "morning",
          "afternoon",
          "evening",
          "dusk",
          "noon",
          "midday");
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

  /**
   * "dawn", "the evening": a time of day with no day named ("this morning" names today). The night
   * is not one: a night the story tells is mostly the one before publication, as SUTime has it.
   */
  private static boolean isBarePartOfDay(Expression e, List<Word> words) {
    boolean part = false;
    for (int k = e.start(); k < e.end(); k++) {
      String w = words.get(k).text().toLowerCase(Locale.ROOT);
      if (PARTS_OF_DAY.contains(w)) {
        part = true;
      } else if (!ARTICLES.contains(w)) {
        return false;
      }
    }
    return part;
  }

  private static final java.util.Set<String> RELATIVE =
      java.util.Set.of("earlier", "before", "previous", "later", "after", "next", "following");

  /** "a day earlier", "two days later", "the previous day": a day counted from another. */
  private static boolean isRelativeDay(Expression e, List<Word> words) {
    boolean relative = false;
    boolean day = false;
    for (int k = e.start(); k < e.end(); k++) {
      String w = words.get(k).text().toLowerCase(Locale.ROOT);
      relative |= RELATIVE.contains(w);
      day |= w.equals("day") || w.equals("days");
      if (WEEKDAYS.contains(w) || MONTHS.contains(w) || w.matches("\\d{4}")) {
        return false;
      }
    }
    return relative && day;
  }

  private static final java.util.Set<String> MONTHS =
      java.util.Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static boolean isOvernight(Expression e, List<Word> words) {
    return anyWord(e, words, "overnight"::equals);
  }
}
