package org.sitrep.cli;

import org.sitrep.export.EventCoverage;
import org.sitrep.store.Coverage;

/**
 * A stored event's coverage in the terms of the exports: the disagreements by their labels, in the
 * order of {@code Disagreement}. The API converts it the same way (EventExport), where cli cannot
 * reach it.
 *
 * <pre>{@code Coverages.of(stored.coverage()).contested()  // ["quantity", "claimant"]}</pre>
 */
final class Coverages {
  private Coverages() {}

  static EventCoverage of(Coverage coverage) {
    return new EventCoverage(
        coverage.mentions(),
        coverage.articles(),
        coverage.sources(),
        coverage.firstSeen(),
        coverage.lastSeen(),
        coverage.contestedLabels());
  }
}
