package org.sitrep.dictionaries;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.model.ActorCode;

/**
 * One actor code with the dates it applies on, both ends inclusive.
 *
 * <p>An unrestricted code runs from {@link LocalDate#MIN} to {@link LocalDate#MAX}. The code {@code
 * ---} is the null code: the actor is recognised but deliberately not coded.
 *
 * <pre>
 * {@code new DatedCode("AFGGOV", LocalDate.of(1933, 11, 8), LocalDate.of(1973, 7, 17)).appliesOn(date)}
 * </pre>
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

  public DatedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    code = code.toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      throw new IllegalArgumentException("empty actor code");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(
          "code " + code + " starts " + from + " after it ends " + to);
    }
  }

  /** A code that applies on every date. */
  public static DatedCode unrestricted(String code) {
    return new DatedCode(code, LocalDate.MIN, LocalDate.MAX);
  }

  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** True if the code carries any date restriction. */
  public boolean isDated() {
    return !from.equals(LocalDate.MIN) || !to.equals(LocalDate.MAX);
  }

  public boolean isNullCode() {
    return ActorCode.NONE.value().equals(code);
  }
}
