package org.sitrep.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;

/**
 * What the reports of one event disagree on: how many (34 drones against 12), who says so (Moscow
 * against Kyiv), or who did it to whom (each side blaming the other).
 *
 * <pre>{@code Disagreement.of(reports)  // [QUANTITY, CLAIMANT]}</pre>
 */
public enum Disagreement {
  QUANTITY,
  CLAIMANT,
  DIRECTION;

  /** Figures of one unit further apart than this share of the larger are different figures. */
  private static final double SAME_FIGURE = 0.01;

  /** The name written in every output: "quantity", "claimant", "direction". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The disagreement a label names. */
  public static Disagreement of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }

  /** The labels, comma-separated, as the store keeps them ("" for none). */
  public static String labels(Set<Disagreement> disagreements) {
    List<String> labels = new ArrayList<>();
    disagreements.forEach(d -> labels.add(d.label()));
    return String.join(",", labels);
  }

  /** The disagreements a comma-separated list of labels names; none for "". */
  public static Set<Disagreement> parse(String labels) {
    Set<Disagreement> found = EnumSet.noneOf(Disagreement.class);
    for (String label : labels.split(",")) {
      if (!label.isBlank()) {
        found.add(of(label));
      }
    }
    return found;
  }

  /** What the reports disagree on; the first report's direction is the event's. */
  public static Set<Disagreement> of(List<Report> reports) {
    Set<Disagreement> found = EnumSet.noneOf(Disagreement.class);
    if (reports.size() < 2) {
      return found;
    }
    if (figuresDiffer(reports)) {
      found.add(QUANTITY);
    }
    Set<String> claimants = new HashSet<>();
    reports.forEach(r -> r.event().claimedBy().ifPresent(c -> claimants.add(c.code().country())));
    if (claimants.size() > 1) {
      found.add(CLAIMANT);
    }
    if (directionsDiffer(reports)) {
      found.add(DIRECTION);
    }
    return found;
  }

  /**
   * Whether some reports have the actors one way and others the other way, leaving out sentences
   * coded both ways: those tell a reciprocal event ("the two sides clashed"), not a dispute.
   */
  private static boolean directionsDiffer(List<Report> reports) {
    List<Event> oneWay = new ArrayList<>();
    for (Report report : reports) {
      Event e = report.event();
      boolean reciprocal =
          reports.stream()
              .anyMatch(
                  other ->
                      SameEvent.sameSentence(e, other.event())
                          && SameEvent.isReversed(e, other.event()));
      if (!reciprocal) {
        oneWay.add(e);
      }
    }
    for (Event e : oneWay) {
      for (Event other : oneWay) {
        if (SameEvent.isReversed(e, other)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean figuresDiffer(List<Report> reports) {
    Map<String, Double> firstByUnit = new TreeMap<>();
    for (Report report : reports) {
      Optional<Quantity> quantity = report.event().quantity();
      if (quantity.isEmpty()) {
        continue;
      }
      String unit = quantity.get().unit();
      double value = quantity.get().value();
      Double seen = firstByUnit.putIfAbsent(unit, value);
      if (seen != null && Math.abs(seen - value) > SAME_FIGURE * Math.max(seen, value)) {
        return true;
      }
    }
    return false;
  }
}
