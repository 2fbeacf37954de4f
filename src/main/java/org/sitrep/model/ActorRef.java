package org.sitrep.model;

import java.util.Objects;

/**
 * A coded actor as it appears in an event: its CAMEO code and the words that named it.
 *
 * <pre>{@code ActorRef.of("RUSMIL", "Russia's defence ministry")}</pre>
 */
public record ActorRef(ActorCode code, String text) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A reference to the actor {@code code} (as a reader or the coder writes it) named by {@code
   * text}.
   */
  public static ActorRef of(String code, String text) {
    return new ActorRef(ActorCode.of(code), text);
  }
}
