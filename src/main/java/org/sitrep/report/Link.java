package org.sitrep.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A dyad of the network chart: its two actors' codes and names, events, and mean Goldstein.
 *
 * <pre>{@code new Link("RUSMIL", "UKR", "Russia military", "Ukraine", 12, OptionalDouble.of(-9.1))}
 * </pre>
 */
public record Link(
    String source,
    String target,
    String sourceName,
    String targetName,
    long events,
    OptionalDouble meanGoldstein) {
  public Link {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }
}
