package org.sitrep.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO actor code: a country or international body (3 letters) followed by roles ("RUSMIL",
 * "USAGOVELI", "IGOEUREEC"). {@link #NONE} is the one "no actor": the dictionaries' {@code ---},
 * also the start of a role that belongs to no named actor ("---GOV", "the government"), which
 * {@link #isActor} rejects.
 *
 * <pre>{@code ActorCode.of("RUSMIL").country()  // "RUS"}</pre>
 */
public record ActorCode(String value) {
  /** No actor. */
  public static final ActorCode NONE = new ActorCode("---");

  public ActorCode {
    Objects.requireNonNull(value, "value");
  }

  /** The code as written, {@link #NONE} for an empty or null code. */
  public static ActorCode of(String value) {
    return value == null || value.isEmpty() || value.equals(NONE.value)
        ? NONE
        : new ActorCode(value);
  }

  /**
   * Whether this code names an actor an event can have: not none, not a role alone, not a quoted
   * placeholder.
   */
  public boolean isActor() {
    return !value.isEmpty()
        && !value.contains(NONE.value)
        && !value.startsWith("\"")
        && value.toUpperCase(Locale.ROOT).equals(value);
  }

  /** Whether the optional code, as the dictionaries return it, names an actor. */
  public static boolean isActor(Optional<String> code) {
    return code.isPresent() && new ActorCode(code.get()).isActor();
  }

  public boolean isNone() {
    return equals(NONE);
  }

  /** The country or body: the first three letters. */
  public String country() {
    return value.substring(0, Math.min(3, value.length()));
  }

  @Override
  public String toString() {
    return value;
  }
}
