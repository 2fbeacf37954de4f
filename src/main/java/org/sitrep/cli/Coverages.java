package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.EventCoverage;
import org.sitrep.merge.Disagreement;
import org.sitrep.store.Coverage;

/**
 * A stored event's coverage in the terms of the exports: the disagreements by their labels, in the
 * order of {@link Disagreement}.
 *
 * <pre>{@code Coverages.of(stored.coverage()).contested()  // ["quantity", "claimant"]}</pre>
 */
final class Coverages {
  private Coverages() {}

  static EventCoverage of(Coverage coverage) {
    List<String> labels = new ArrayList<>();
    for (Disagreement d : Disagreement.values()) {
      if (coverage.contested().contains(d)) {
        labels.add(d.label());
      }
    }
    return new EventCoverage(
        coverage.mentions(),
        coverage.articles(),
        coverage.sources(),
        coverage.firstSeen(),
        coverage.lastSeen(),
        labels);
  }
}
