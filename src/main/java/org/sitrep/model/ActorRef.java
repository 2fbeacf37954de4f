package org.sitrep.model;

import java.util.Objects;

/**
 * A coded actor as it appears in an event: its CAMEO code, the words that named it, and its
 * canonical name.
 *
 * <pre>{@code new ActorRef(ActorCode.of("RUSGOV"), "the Kremlin war machine", "Kremlin")}</pre>
 *
 * @param text the article's words, kept as evidence of what was coded
 * @param name what to call the actor wherever it is shown: the dictionary's name for it ("Vladimir
 *     Putin" for "Putin"), else its code's ("Russia government"), else its words
 */
public record ActorRef(ActorCode code, String text, String name) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
  }

  /** A reference whose name is its words, for actors no dictionary names (tests, hand input). */
  public static ActorRef of(String code, String text) {
    return new ActorRef(ActorCode.of(code), text, text);
  }

  /** A reference to the actor {@code code} named by {@code text}, called {@code name}. */
  public static ActorRef of(String code, String text, String name) {
    return new ActorRef(ActorCode.of(code), text, name);
  }
}
