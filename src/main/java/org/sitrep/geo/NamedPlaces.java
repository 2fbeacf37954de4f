package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/*
 * The places a text names around a mention (the sentence's, or the article's), indexed for the
 * questions the resolver asks of each candidate: is it in a country, in a division, near a place
 * the text names, or a division holding one. Built once per mention, asked once per candidate.
 */
final class NamedPlaces {
  static final NamedPlaces NONE = new NamedPlaces(List.of(), Set.of());
  static final double NEARBY_KM = 500;

  private final Set<String> countries = new HashSet<>();
  private final Set<String> divisions = new HashSet<>();
  private final Set<String> divisionsHoldingAPlace = new HashSet<>();
  private final Set<String> demonymCountries;
  private final List<Place> located = new ArrayList<>();
  private final Set<Place> named;

  private NamedPlaces(Collection<Place> places, Set<String> demonymCountries) {
    this.named = Set.copyOf(places);
    for (Place place : places) {
      countries.add(place.country());
      if (place.isAdmin1()) {
        divisions.add(division(place));
      } else if (!place.isCountry()) {
        // a country's centre says nothing about nearness: Russia spans eleven time zones
        located.add(place);
        if (!place.admin1Code().isEmpty()) {
          divisionsHoldingAPlace.add(division(place));
        }
      }
    }
    this.demonymCountries = Set.copyOf(demonymCountries);
  }

  /** NamedPlaces from places already resolved, e.g. elsewhere in the article. */
  static NamedPlaces of(Collection<Place> places) {
    return places.isEmpty() ? NONE : new NamedPlaces(places, Set.of());
  }

  /** NamedPlaces from places a sentence names, and the countries its demonyms name. */
  static NamedPlaces of(Collection<Place> places, Set<String> demonymCountries) {
    return new NamedPlaces(places, demonymCountries);
  }

  /** The text already named this very place: an article means one place by one name. */
  boolean namesItself(Place candidate) {
    return named.contains(candidate);
  }

  boolean namesCountryOf(Place candidate) {
    return !candidate.country().isEmpty() && countries.contains(candidate.country());
  }

  /** "Ukrainian troops" puts people, not places, in Ukraine: weaker than naming the country. */
  boolean namesPeopleOf(Place candidate) {
    return !candidate.country().isEmpty() && demonymCountries.contains(candidate.country());
  }

  /** The candidate lies in a division the text names ("Odessa, Texas"). */
  boolean namesDivisionOf(Place candidate) {
    return !candidate.isAdmin1()
        && !candidate.admin1Code().isEmpty()
        && divisions.contains(division(candidate));
  }

  /** The candidate is a division holding a place the text names ("Georgia ... Atlanta"). */
  boolean namesPlaceIn(Place candidate) {
    return candidate.isAdmin1() && divisionsHoldingAPlace.contains(division(candidate));
  }

  boolean namesPlaceNear(Place candidate) {
    if (candidate.isCountry()) {
      return false;
    }
    for (Place place : located) {
      // a degree of latitude is 111 km: most candidates are rejected without trigonometry
      if (Math.abs(place.lat() - candidate.lat()) * 111 < NEARBY_KM
          && kilometres(place, candidate) < NEARBY_KM) {
        return true;
      }
    }
    return false;
  }

  static String division(Place place) {
    return place.country() + "." + place.admin1Code();
  }

  static double kilometres(Place a, Place b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
