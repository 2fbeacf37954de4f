package org.sitrep.geo;

import java.util.List;
import java.util.Objects;

/**
 * A country as world-countries describes it, with its GeoNames id (0 if not recorded).
 *
 * <pre>{@code new Country("UKR", "UA", 690791, "Ukraine", "Ukraine", "Kyiv", 49, 32,
 *     List.of("Ukrainian", "Ukrainians"))}</pre>
 */
public record Country(
    String iso3,
    String iso2,
    long geonamesId,
    String name,
    String officialName,
    String capital,
    double lat,
    double lon,
    List<String> demonyms) {
  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(officialName, "officialName");
    Objects.requireNonNull(capital, "capital");
    demonyms = List.copyOf(demonyms);
  }
}
