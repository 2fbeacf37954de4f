package org.sitrep.store;

import java.util.Objects;
import java.util.OptionalDouble;

/** Events located at one place, and their mean Goldstein score. */
public record PlaceCount(
    String name,
    String country,
    double lat,
    double lon,
    long events,
    OptionalDouble meanGoldstein) {
  public PlaceCount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }
}
