package org.sitrep.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a report covers, both inclusive; the periods before it, of the same length, are its
 * baseline.
 *
 * <pre>{@code new Period(LocalDate.parse("2025-10-24"), LocalDate.parse("2025-10-30")).before(1)}
 * </pre>
 */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a period must not end before it starts: " + from + " to " + to);
    }
  }

  /** The {@code days} days ending on {@code last}. */
  public static Period ending(LocalDate last, int days) {
    return new Period(last.minusDays(days - 1L), last);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * The period of the same length {@code k} periods earlier ({@code before(1)} is the previous).
   */
  public Period before(int k) {
    long shift = days() * k;
    return new Period(from.minusDays(shift), to.minusDays(shift));
  }

  /** Which period {@code date} falls in: 0 for this one, k for {@link #before}(k), -1 after it. */
  public int periodsBack(LocalDate date) {
    if (date.isAfter(to)) {
      return -1;
    }
    return (int) (ChronoUnit.DAYS.between(date, to) / days());
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + " to " + to;
  }
}
