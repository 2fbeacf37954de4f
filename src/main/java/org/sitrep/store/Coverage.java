package org.sitrep.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.merge.Disagreement;

/**
 * How widely an event was reported, as GDELT counts it: its mentions, the distinct articles and
 * outlets (sources) they come from, the first and last publication day among them, and what the
 * reports disagree on (empty when they agree).
 *
 * <pre>{@code new Coverage(3, 3, 2, first, last, EnumSet.of(Disagreement.QUANTITY))}</pre>
 */
public record Coverage(
    int mentions,
    int articles,
    int sources,
    Optional<LocalDate> firstSeen,
    Optional<LocalDate> lastSeen,
    Set<Disagreement> contested) {

  public Coverage {
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    // in the order of Disagreement (quantity, claimant, direction), whatever order was given
    EnumSet<Disagreement> ordered = EnumSet.noneOf(Disagreement.class);
    ordered.addAll(contested);
    contested = Collections.unmodifiableSet(ordered);
    if (mentions < 1 || articles < 1 || sources < 1) {
      throw new IllegalArgumentException(
          "an event has at least one mention, article and source: "
              + mentions
              + ", "
              + articles
              + ", "
              + sources);
    }
  }

  /** One report in one article. */
  public static Coverage single(Optional<LocalDate> published) {
    return new Coverage(1, 1, 1, published, published, Set.of());
  }

  public boolean isContested() {
    return !contested.isEmpty();
  }

  /** The labels of what the reports disagree on, in the order of {@link Disagreement}. */
  public List<String> contestedLabels() {
    return contested.stream().map(Disagreement::label).toList();
  }
}
