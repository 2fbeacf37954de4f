package org.sitrep.store;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Events from one actor code to another, the names the actors list gives the two codes, and their
 * mean Goldstein score.
 */
public record DyadCount(
    String source,
    String target,
    String sourceName,
    String targetName,
    long events,
    OptionalDouble meanGoldstein) {
  public DyadCount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }
}
