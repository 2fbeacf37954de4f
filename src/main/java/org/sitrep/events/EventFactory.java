package org.sitrep.events;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;

/**
 * The one place an {@link Event} record is made: it adds the CAMEO code's Goldstein score and quad
 * class, both empty for a code outside CAMEO (test dictionaries use such codes).
 *
 * <pre>
 * {@code factory.event(where, date, DatePrecision.DAY, source, target, CameoCode.of("195"), details)}
 * </pre>
 */
public final class EventFactory {
  private final GoldsteinScale goldstein;

  public EventFactory(GoldsteinScale goldstein) {
    this.goldstein = goldstein;
  }

  /** Where an event was read: the article, the sentence's index and its text. */
  public record Where(String article, int sentence, Evidence evidence) {}

  /** What an article adds to a coded dyad: how much, who claims it, where it happened. */
  public record Details(
      Optional<Quantity> quantity, Optional<ActorRef> claimedBy, Optional<Location> location) {
    /** None of them: a sentence coded alone. */
    public static final Details NONE =
        new Details(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Event event(
      Where where,
      LocalDate date,
      DatePrecision precision,
      ActorRef source,
      Optional<ActorRef> target,
      CameoCode code,
      Details details) {
    OptionalDouble score = goldstein.score(code.value());
    OptionalInt quad =
        score.isPresent()
            ? OptionalInt.of(code.quadClass().orElseThrow().number())
            : OptionalInt.empty();
    return new Event(
        where.article(),
        where.sentence(),
        date,
        precision,
        source,
        target,
        code,
        quad,
        score,
        where.evidence(),
        details.quantity(),
        details.claimedBy(),
        details.location());
  }
}
