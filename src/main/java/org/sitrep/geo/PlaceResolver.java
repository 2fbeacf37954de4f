package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Which place a name means, given the text around it. A name's candidates (the gazetteer's, most
 * populous first) are scored:
 *  - size: log10 of the population; a country counts as 10^8, a division or region as 10^5 (a
 *    big city of the same name wins: "Kherson" is the city unless "region" follows);
 *  - the text's other places: a candidate in a country the text names, or in a division it
 *    names ("Odessa, Texas"), or within 500 km of a place it names, scores more.
 * The text's other places are its capitalised phrases that the gazetteer knows, each read as its
 * most likely candidate. This is the first resolver: the scores are round numbers, not fitted.
 */

/**
 * Resolves a place name in a sentence to one GeoNames place.
 *
 * <pre>{@code new PlaceResolver(Gazetteer.shared()).resolve("Paris", "Flooding hit Paris, Texas.")}</pre>
 */
public final class PlaceResolver {
  private static final Pattern PHRASE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}[\\p{L}'’.-]*){0,3}");
  private static final double COUNTRY_SIZE = 8;
  private static final double DIVISION_SIZE = 5;
  private static final double SAME_COUNTRY = 3;
  private static final double SAME_DIVISION = 4;
  private static final double NEARBY = 2;
  private static final double NEARBY_KM = 500;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place {@code name} most likely means in {@code text}; empty when the gazetteer has none. */
  public Optional<Place> resolve(String name, String text) {
    List<Place> candidates = gazetteer.lookup(name);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<Place> context = context(name, text);
    Set<String> countries = new HashSet<>();
    Set<String> divisions = new HashSet<>();
    for (Place place : context) {
      countries.add(place.country());
      if (place.isAdmin1()) {
        divisions.add(place.country() + "." + place.admin1Code());
      }
    }
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place candidate : candidates) {
      double score = size(candidate);
      if (countries.contains(candidate.country())) {
        score += SAME_COUNTRY;
      }
      if (divisions.contains(candidate.country() + "." + candidate.admin1Code()) && !candidate.isAdmin1()) {
        score += SAME_DIVISION;
      }
      if (context.stream().anyMatch(p -> !p.isCountry() && kilometres(p, candidate) < NEARBY_KM)) {
        score += NEARBY;
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.of(best);
  }

  /** The other places the text names, each as its most populous reading. */
  private List<Place> context(String name, String text) {
    List<Place> places = new ArrayList<>();
    Matcher phrase = PHRASE.matcher(text);
    while (phrase.find()) {
      String words = phrase.group();
      if (words.equals(name) || name.contains(words) || words.contains(name)) {
        continue;
      }
      // a name that is a country, a division or a sizeable city is taken as a place; small towns
      // named like common words ("Texas, Mexico" has 993 people) are not
      gazetteer.lookup(words).stream().max(Comparator.comparingDouble(PlaceResolver::size))
          .filter(place -> size(place) >= DIVISION_SIZE)
          .ifPresent(places::add);
    }
    return places;
  }

  private static double size(Place place) {
    if (place.isCountry()) {
      return COUNTRY_SIZE;
    }
    if (place.population() == 0) {
      return DIVISION_SIZE;
    }
    return Math.log10(place.population() + 1);
  }

  private static double kilometres(Place a, Place b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
