package org.sitrep.store;

import java.util.Objects;

/**
 * An actor code, its name (the code's CAMEO name, "Russia government", else the name its events
 * gave it) and how many stored events it is in.
 */
public record ActorSummary(String code, String name, long events, long asSource, long asTarget) {
  public ActorSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
