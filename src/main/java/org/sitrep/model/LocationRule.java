package org.sitrep.model;

/**
 * The rule that chose an event's location, so a user can weigh it: a place in the event's own
 * clause, where a thing was said, the place its target is, the target's country, the source's
 * country.
 *
 * <pre>{@code LocationRule.of("target-country")  // TARGET_COUNTRY}</pre>
 */
public enum LocationRule {
  CLAUSE("clause"),
  SPEECH("speech"),
  TARGET("target"),
  TARGET_COUNTRY("target-country"),
  SOURCE_COUNTRY("source-country");

  private final String label;

  LocationRule(String label) {
    this.label = label;
  }

  /**
   * The name written in every output: "clause", "speech", "target", "target-country",
   * "source-country".
   */
  public String label() {
    return label;
  }

  public static LocationRule of(String label) {
    for (LocationRule r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "location rule must be clause, speech, target, target-country or source-country: " + label);
  }

  /** The label, as every output writes it. */
  @Override
  public String toString() {
    return label();
  }
}
