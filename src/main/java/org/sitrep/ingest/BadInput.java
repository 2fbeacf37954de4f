package org.sitrep.ingest;

/**
 * Thrown inside the package when a record or a whole file cannot be read; {@link ArticleReader}
 * turns it into a {@link org.sitrep.model.Problem} and never lets it out.
 */
final class BadInput extends Exception {
  private static final long serialVersionUID = 1L;

  private final String record;
  private final String reason;

  /** {@code record} is "file", "line N" or "item N"; {@code reason} says what to do next. */
  BadInput(String record, String reason) {
    super(reason);
    this.record = record;
    this.reason = reason;
  }

  String record() {
    return record;
  }

  String reason() {
    return reason;
  }
}
