package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One coded event: who did what to whom, when, and the sentence that says so. This is the record
 * every output of sitrep serialises (see docs/record-format.md).
 *
 * <pre>{@code
 * new Event("seed", 27, date, DatePrecision.DAY, source, Optional.of(target), CameoCode.of("195"),
 *     OptionalInt.of(4), OptionalDouble.of(-10.0), evidence,
 *     Optional.of(new Quantity(145, "drones", "145 drones")), Optional.empty(), Optional.empty())
 * }</pre>
 *
 * <p>{@code datePrecision} says where the date came from: {@code DAY}, {@code MONTH} or {@code
 * YEAR} when a time expression gave it, that of the event's clause or else the last one the story
 * named before it (the date is then the first day of the month or year); {@code PUBLISHED} when the
 * article's publication date stood in. Quantity, claimant and location are only known to the
 * article pipeline; the sentence coder leaves them empty. Quad class and Goldstein score are empty
 * for codes outside CAMEO (test dictionaries use such codes).
 */
public record Event(
    String article,
    int sentence,
    LocalDate date,
    DatePrecision datePrecision,
    ActorRef source,
    Optional<ActorRef> target,
    CameoCode code,
    OptionalInt quadClass,
    OptionalDouble goldstein,
    Evidence evidence,
    Optional<Quantity> quantity,
    Optional<ActorRef> claimedBy,
    Optional<Location> location) {

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
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(location, "location");
  }

  /** The same event with its place set. */
  public Event withLocation(Location place) {
    return new Event(
        article,
        sentence,
        date,
        datePrecision,
        source,
        target,
        code,
        quadClass,
        goldstein,
        evidence,
        quantity,
        claimedBy,
        Optional.of(place));
  }

  /** The two-digit CAMEO root, e.g. "19" for "195". */
  public String root() {
    return code.root();
  }
}
