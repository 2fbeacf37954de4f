package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How widely a stored event was reported, as the exports write it: its mentions, the distinct
 * articles and outlets (sources) they come from, the first and last publication day among them, and
 * the labels of what its reports disagree on ({@code quantity}, {@code claimant}, {@code
 * direction}; none when they agree). The store's coverage, in the terms of the outputs.
 *
 * <pre>{@code new EventCoverage(3, 3, 2, Optional.of(day), Optional.of(day), List.of("quantity"))}
 * </pre>
 */
public record EventCoverage(
    int mentions,
    int articles,
    int sources,
    Optional<LocalDate> firstSeen,
    Optional<LocalDate> lastSeen,
    List<String> contested) {

  public EventCoverage {
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    contested = List.copyOf(contested);
  }

  /** One report in one article: what an event coded but not stored stands for. */
  public static EventCoverage single(Optional<LocalDate> published) {
    return new EventCoverage(1, 1, 1, published, published, List.of());
  }

  public boolean isContested() {
    return !contested.isEmpty();
  }
}
