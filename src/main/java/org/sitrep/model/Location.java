package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened: a gazetteer place with its ISO-3 country (matching CAMEO's country
 * codes) and the rule that chose it ("clause", "target", "target-country").
 *
 * <pre>{@code new Location("Sochi", "RUS", 43.6, 39.73, 491422, "clause")}</pre>
 */
public record Location(String name, String country, double lat, double lon, long geonamesId, String rule) {
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rule, "rule");
  }
}
