package org.sitrep.store;

import java.util.Objects;

/** An actor code with the words that first named it and how many stored events it is in. */
public record ActorSummary(String code, String name, long events, long asSource, long asTarget) {
  public ActorSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
