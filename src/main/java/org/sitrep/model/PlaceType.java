package org.sitrep.model;

import java.util.Locale;

/**
 * What kind of place a location is: a country, a first-level division (state, oblast), a city or
 * town, or a region (sea, continent, a region the gazetteer names such as Donbas).
 *
 * <pre>{@code PlaceType.of("city")  // CITY}</pre>
 */
public enum PlaceType {
  COUNTRY,
  DIVISION,
  CITY,
  REGION;

  /** The name written in every output: "country", "division", "city", "region". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PlaceType of(String label) {
    for (PlaceType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "location type must be country, division, city or region: " + label);
  }

  /** The label, as every output writes it. */
  @Override
  public String toString() {
    return label();
  }
}
