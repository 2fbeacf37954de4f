package org.sitrep.model;

import java.util.Objects;
import java.util.Set;

/**
 * Where an event happened: a gazetteer place with its ISO-3 country (matching CAMEO's country
 * codes; empty for seas and continents), what kind of place it is ({@value #COUNTRY}, {@value
 * #DIVISION}, {@value #CITY} or {@value #REGION}: a region, sea or continent) and the rule that
 * chose it ("clause", "target", "speech", "target-country", "source-country").
 * {@code geonamesId} is 0 where GeoNames has none recorded.
 *
 * <pre>{@code new Location("Sochi", "RUS", 43.6, 39.73, 491422, Location.CITY, "clause")}</pre>
 */
public record Location(String name, String country, double lat, double lon, long geonamesId, String type, String rule) {
  public static final String COUNTRY = "country";
  public static final String DIVISION = "division";
  public static final String CITY = "city";
  public static final String REGION = "region";
  private static final Set<String> TYPES = Set.of(COUNTRY, DIVISION, CITY, REGION);

  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(type, "type");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("location type must be one of " + TYPES + ": " + type);
    }
  }
}
