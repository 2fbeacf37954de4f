package org.sitrep.model;

import java.util.Locale;

/**
 * Where an event's date came from: a time expression naming a day, a month or a year (the date is
 * then the first day of the month or year), or the article's publication date standing in.
 *
 * <pre>{@code DatePrecision.of("month")  // MONTH; label() is "month"}</pre>
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  PUBLISHED;

  /** The name written in every output: "day", "month", "year", "published". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The precision a label names. */
  public static DatePrecision of(String label) {
    for (DatePrecision p : values()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "date precision must be day, month, year or published: " + label);
  }

  /** The label, as every output writes it. */
  @Override
  public String toString() {
    return label();
  }
}
