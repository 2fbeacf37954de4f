package org.sitrep.model;

import java.util.Objects;

/**
 * A coded actor as it appears in an event: its CAMEO code and the words that named it.
 *
 * <pre>{@code new ActorRef("RUSMIL", "Russia's defence ministry")}</pre>
 */
public record ActorRef(String code, String text) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
