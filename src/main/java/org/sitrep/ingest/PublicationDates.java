package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Publication dates as outlets write them: {@code 2024-11-11}, an ISO timestamp, or an RFC 822 date
 * as RSS uses. The date is taken as written, in the outlet's own offset, not converted to UTC:
 * "published 00:30 Kyiv time on 11 November" is an 11 November article for the events it reports.
 */
final class PublicationDates {
  private static final List<Function<String, LocalDate>> PARSERS =
      List.of(
          LocalDate::parse,
          s -> OffsetDateTime.parse(s).toLocalDate(),
          s -> ZonedDateTime.parse(s).toLocalDate(),
          s -> LocalDateTime.parse(s).toLocalDate(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
          // "2024-11-11 08:00:00": the space that SQL dumps and some CMSs use
          s -> LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate());

  private PublicationDates() {}

  /** The date in {@code text}, or empty if it is in none of the accepted forms. */
  static Optional<LocalDate> parse(String text) {
    String trimmed = text.trim();
    for (Function<String, LocalDate> parser : PARSERS) {
      try {
        return Optional.of(parser.apply(trimmed));
      } catch (DateTimeParseException e) {
        // not this form; the next parser may read it
      }
    }
    return Optional.empty();
  }

  /** An instant as an ISO timestamp in UTC, for dates a library has already parsed. */
  static String isoUtc(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC).toString();
  }
}
