package org.sitrep.store;

import java.util.Objects;
import java.util.OptionalDouble;

/** Events from one actor code to another, and their mean Goldstein score. */
public record DyadCount(String source, String target, long events, OptionalDouble meanGoldstein) {
  public DyadCount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }
}
