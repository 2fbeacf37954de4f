package org.sitrep.eval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;

/**
 * A gold event's date, as precise as the article allowed: a day, a month or a year. {@code first}
 * is the first day of the period.
 *
 * <pre>
 * {@code GoldDate.parse("2024-11").covers(LocalDate.parse("2024-11-07"), DatePrecision.DAY)  // true}
 * </pre>
 */
public record GoldDate(LocalDate first, Precision precision) {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How much of a date the gold coder could read from the text, coarsest first. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public GoldDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these or no real date
   */
  public static GoldDate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a date like 2024-11-07, 2024-11 or 2024, found '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return new GoldDate(LocalDate.of(year, 1, 1), Precision.YEAR);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new GoldDate(LocalDate.of(year, month, 1), Precision.MONTH);
      }
      return new GoldDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: '" + text + "'", e);
    }
  }

  /**
   * Whether our date, at our precision (an {@code Event.datePrecision()}), says what the gold says
   * at the gold's precision. A coarser answer than the gold's is wrong even when it contains the
   * gold date: "2024" does not answer "2024-11-07". {@code PUBLISHED} counts as a day.
   */
  public boolean covers(LocalDate date, DatePrecision ourPrecision) {
    if (precisionOf(ourPrecision).compareTo(precision) < 0) {
      return false;
    }
    return switch (precision) {
      case YEAR -> date.getYear() == first.getYear();
      case MONTH -> date.getYear() == first.getYear() && date.getMonth() == first.getMonth();
      case DAY -> date.equals(first);
    };
  }

  private static Precision precisionOf(DatePrecision ourPrecision) {
    return switch (ourPrecision) {
      case YEAR -> Precision.YEAR;
      case MONTH -> Precision.MONTH;
      case DAY, PUBLISHED -> Precision.DAY;
    };
  }

  /** The date in the gold file's form: {@code 2024-11-07}, {@code 2024-11} or {@code 2024}. */
  @Override
  public String toString() {
    String day = first.toString();
    return switch (precision) {
      case YEAR -> day.substring(0, 4);
      case MONTH -> day.substring(0, 7);
      case DAY -> day;
    };
  }
}
