package org.sitrep.coding.petrxml;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.coding.CoderConfig;

/**
 * One {@code <Sentence>} of a PETRARCH XML file: its text, its parse, its date, the coder options
 * in force where it stands, and (in validation files) what it should code to.
 *
 * <pre>{@code record.expected()  // [(ARN, GON, 064)]}</pre>
 *
 * @param expectedError the {@code error} a validation record expects, e.g. "bad_input_parse"; such
 *     records expect no events
 * @param expectsNoEvents the record says {@code noevents="True"}
 */
public record SentenceRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    String parse,
    int parseLine,
    List<ExpectedEvent> expected,
    Optional<String> expectedError,
    boolean expectsNoEvents,
    CoderConfig config,
    int line) {

  public SentenceRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    expected = List.copyOf(expected);
  }

  /** Whether this record comes with an expectation (events, none, or an error). */
  public boolean isValidation() {
    return !expected.isEmpty() || expectedError.isPresent() || expectsNoEvents;
  }
}
