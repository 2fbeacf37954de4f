package org.sitrep.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A dyad or country that moved against its own baseline: its events now and per baseline period,
 * the z-score of that change, its mean Goldstein now and before, and why it was flagged.
 *
 * <pre>
 * {@code mover.label()  // "Russia military → Ukraine"; mover.why()  // "12 events, baseline 2.0/period, z 7.1"}
 * </pre>
 *
 * @param key the dyad's codes ({@code RUSMIL>UKR}) or the country code
 */
public record Mover(
    String key,
    String label,
    Escalation.Direction direction,
    long events,
    double baselineMean,
    double z,
    OptionalDouble goldsteinNow,
    OptionalDouble goldsteinBefore,
    String why) {
  public Mover {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(goldsteinNow, "goldsteinNow");
    Objects.requireNonNull(goldsteinBefore, "goldsteinBefore");
    Objects.requireNonNull(why, "why");
  }
}
