package org.sitrep.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a request comes to, and a sentence for the report's header saying how it was chosen.
 *
 * <p>An open end ({@code --last 7d}, or {@code --from} alone) ends on the newest stored event's
 * date that is not after today, not on today itself: a store of last year's news then still gives a
 * report, and a store that is up to date ends today. The header says which.
 *
 * <pre>{@code PeriodChoice.of(request, store.latestEventDate(...), today).period()}</pre>
 */
public record PeriodChoice(Period period, String note) {
  public PeriodChoice {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(note, "note");
  }

  /**
   * @param newest the newest matching event date on or before {@code today}, if any
   */
  public static PeriodChoice of(
      ReportRequest request, Optional<LocalDate> newest, LocalDate today) {
    if (request.from().isPresent() && request.to().isPresent()) {
      return new PeriodChoice(new Period(request.from().get(), request.to().get()), "as asked");
    }
    int days = request.lastDays().orElse(ReportRequest.DEFAULT_DAYS);
    if (request.to().isPresent()) {
      return new PeriodChoice(Period.ending(request.to().get(), days), days + " days as asked");
    }
    LocalDate end = newest.orElse(today);
    String anchor =
        newest.isEmpty()
            ? "ending today, " + today + " (no stored event to anchor it)"
            : end.equals(today)
                ? "ending today, " + today
                : "ending on the newest stored event's date, "
                    + end
                    + ", not today ("
                    + today
                    + ")";
    if (request.from().isPresent()) {
      LocalDate from = request.from().get();
      if (end.isBefore(from)) {
        end = from;
      }
      return new PeriodChoice(new Period(from, end), "from " + from + ", " + anchor);
    }
    String length =
        request.lastDays().isPresent()
            ? "last " + days + " days"
            : "last " + days + " days (the default)";
    return new PeriodChoice(Period.ending(end, days), length + ", " + anchor);
  }
}
