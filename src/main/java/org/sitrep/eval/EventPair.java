package org.sitrep.eval;

import java.util.Objects;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * A gold event and the prediction the lenient match paired it with.
 *
 * <pre>{@code pair.dateRight()  // gold "2024-11" and ours 2024-11-07 (day): true}</pre>
 */
public record EventPair(GoldEvent gold, Event ours) {
  public EventPair {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(ours, "ours");
  }

  /** Whether actors and code agree in full, not just countries and root. */
  public boolean exact() {
    return Scorer.exactKey(gold).equals(Scorer.exactKey(ours));
  }

  /** Whether the date can be judged: the gold has one. */
  public boolean dateJudged() {
    return gold.date().isPresent();
  }

  /** Whether our date says the gold date at the gold's precision; false when not judged. */
  public boolean dateRight() {
    return gold.date().map(d -> d.covers(ours.date(), ours.datePrecision())).orElse(false);
  }

  /** Whether the location can be judged: the gold names one. */
  public boolean locationJudged() {
    return gold.location().isPresent();
  }

  /**
   * Whether our location is the place the gold names: the same name, normalised, or a place the
   * gold's name can mean in the gazetteer ("Turkey" for Türkiye, "Odessa" for Odesa, "US" for the
   * United States); false when not judged.
   */
  public boolean locationRight() {
    return gold.location()
        .map(g -> ours.location().map(mine -> names(g, mine)).orElse(false))
        .orElse(false);
  }

  private static boolean names(String goldName, Location mine) {
    if (Normalized.text(mine.name()).equals(Normalized.text(goldName))) {
      return true;
    }
    return Gazetteer.shared().lookup(goldName).stream()
        .anyMatch(
            place ->
                mine.geonamesId() > 0
                    ? place.geonamesId() == mine.geonamesId()
                    : place.name().equals(mine.name()) && place.country().equals(mine.country()));
  }

  /** Whether the quantity can be judged: the gold has one. */
  public boolean quantityJudged() {
    return gold.quantity().isPresent();
  }

  /** Whether our quantity's text is the gold quantity, normalised; false when not judged. */
  public boolean quantityRight() {
    return gold.quantity()
        .map(
            q ->
                ours.quantity()
                    .map(mine -> Normalized.text(mine.text()).equals(Normalized.text(q)))
                    .orElse(false))
        .orElse(false);
  }
}
