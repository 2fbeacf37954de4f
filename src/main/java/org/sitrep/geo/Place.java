package org.sitrep.geo;

import java.util.Objects;

/**
 * A gazetteer entry: a GeoNames populated place, an admin1 division, a country or one of the
 * project's regions and seas. {@code geonamesId} is 0 where GeoNames has no id for it (or the
 * project has not recorded one); {@code country} is ISO-3, empty for seas and continents; {@code
 * population} is 0 where unknown (divisions, regions).
 *
 * <pre>{@code new Place(491422, "Sochi", "Sochi", "P", "PPL", "RUS", "38", "Krasnodar Krai",
 *     327608, 43.59917, 39.72569)}</pre>
 */
public record Place(
    long geonamesId,
    String name,
    String asciiName,
    String featureClass,
    String featureCode,
    String country,
    String admin1Code,
    String admin1Name,
    long population,
    double lat,
    double lon) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asciiName, "asciiName");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(admin1Name, "admin1Name");
  }

  /** A country itself (GeoNames feature code PCLI), as found by its name or demonym. */
  public boolean isCountry() {
    return "PCLI".equals(featureCode);
  }

  /** A populated place (GeoNames class P): a city, town or village. */
  public boolean isPopulated() {
    return "P".equals(featureClass);
  }

  /** A sea, strait or gulf (class H) or a region, peninsula or continent (class L). */
  public boolean isSeaOrRegion() {
    return "H".equals(featureClass) || "L".equals(featureClass);
  }

  /** A first-order administrative division: a US state, a Ukrainian oblast. */
  public boolean isAdmin1() {
    return "ADM1".equals(featureCode);
  }
}
