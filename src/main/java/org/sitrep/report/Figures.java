package org.sitrep.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A period's headline figures: events, the share of them that are material conflict (quad class 4),
 * and their mean Goldstein score.
 *
 * <pre>{@code figures.conflictShare()  // 0.42}</pre>
 */
public record Figures(long events, long materialConflict, OptionalDouble meanGoldstein) {
  public Figures {
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }

  /** Material conflict events over all events, empty when there are none. */
  public OptionalDouble conflictShare() {
    return events == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) materialConflict / events);
  }
}
