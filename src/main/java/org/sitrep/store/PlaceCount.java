package org.sitrep.store;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Events located at one place, the reports (mentions) and sources (outlets, summed over its events)
 * that told them, and their mean Goldstein score. {@code type} is the place's kind ({@code
 * country}, {@code division}, {@code city} or {@code region}): a country's events sit on its
 * centroid, which a map should not show as a real place.
 */
public record PlaceCount(
    String name,
    String country,
    String type,
    double lat,
    double lon,
    long events,
    long reports,
    long sources,
    OptionalDouble meanGoldstein) {
  public PlaceCount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meanGoldstein, "meanGoldstein");
  }
}
