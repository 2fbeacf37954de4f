package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO event code ("195", "0841"): its two-digit root, its quad class and whether its events
 * need a target. Codes outside CAMEO (test dictionaries use such codes) are allowed; they have no
 * quad class.
 *
 * <pre>{@code CameoCode.of("195").root()  // "19"; quadClass() is MATERIAL_CONFLICT}</pre>
 */
public record CameoCode(String value) {
  // roots whose events stand without a target: appeals and intentions to third parties, shows of
  // force ("North Korea test-fired a missile")
  private static final Set<String> SELF_CONTAINED_ROOTS = Set.of("02", "03", "15");

  public CameoCode {
    Objects.requireNonNull(value, "value");
    if (value.length() < 2) {
      throw new IllegalArgumentException("CAMEO code too short: " + value);
    }
  }

  public static CameoCode of(String value) {
    return new CameoCode(value);
  }

  /** The two-digit root, "19" for "195". */
  public String root() {
    return value.substring(0, 2);
  }

  /** GDELT's quad class of the root, empty for a code outside CAMEO's roots 01-20. */
  public Optional<QuadClass> quadClass() {
    try {
      return Optional.of(QuadClass.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether an event of this code needs a target: all but appeals, intentions and shows of force.
   */
  public boolean needsTarget() {
    return !SELF_CONTAINED_ROOTS.contains(root());
  }

  @Override
  public String toString() {
    return value;
  }
}
