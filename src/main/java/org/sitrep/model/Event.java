package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One coded event: who did what to whom, when, and the sentence that says so. This is the record
 * every output of sitrep serialises (see DESIGN.md, "The event record").
 *
 * <pre>{@code
 * new Event("seed", 27, date, "day", source, Optional.of(target), "195",
 *     OptionalInt.of(4), OptionalDouble.of(-10.0), evidence)
 * }</pre>
 *
 * <p>Quantity, location and the claimant are only known to the article pipeline; the coder leaves
 * them empty. Quad class and Goldstein score are empty for codes outside CAMEO (test dictionaries
 * use such codes).
 */
public record Event(
    String article,
    int sentence,
    LocalDate date,
    String datePrecision,
    ActorRef source,
    Optional<ActorRef> target,
    String code,
    OptionalInt quadClass,
    OptionalDouble goldstein,
    Evidence evidence) {

  public Event {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(goldstein, "goldstein");
    Objects.requireNonNull(evidence, "evidence");
    if (code.length() < 2) {
      throw new IllegalArgumentException("CAMEO code too short: " + code);
    }
  }

  /** The two-digit CAMEO root, e.g. "19" for "195". */
  public String root() {
    return code.substring(0, 2);
  }
}
