package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened: a gazetteer place with its ISO-3 country (matching CAMEO's country
 * codes; empty for seas and continents), what kind of place it is and the rule that chose it.
 * {@code geonamesId} is 0 where GeoNames has none recorded.
 *
 * <pre>
 * {@code new Location("Sochi", "RUS", 43.6, 39.73, 491422, PlaceType.CITY, LocationRule.CLAUSE)}
 * </pre>
 */
public record Location(
    String name,
    String country,
    double lat,
    double lon,
    long geonamesId,
    PlaceType type,
    LocationRule rule) {
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(type, "type");
  }
}
