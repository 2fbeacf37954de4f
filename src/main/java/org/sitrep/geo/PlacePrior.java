package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;

/*
 * How likely each candidate of a name is before any context is read, in units of log10 of a
 * population (a town of 100,000 scores 1 more than one of 10,000):
 *  - size: a town its population; a division the population of its towns; a country 10^12 (a
 *    name that is a country means it unless the text says otherwise: "Poland", not Poland,
 *    Ohio; "Mexico", not Mexico City); a sea or strait 10^6, a region 10^5;
 *  - rank: a capital and, less, an admin seat are in the news more than towns of their size;
 *  - fame: a town many languages name is better known than its size says (Bethlehem in the West
 *    Bank has 25 names, Bethlehem, Pennsylvania, three times its size, 15);
 *  - borrowed names: GeoNames lists "Florida" among Floridablanca's names and "Bethlehem" among
 *    Belém's. When another candidate with a claim (a country, division, capital or seat, or a
 *    place with as many names) has the name as its own, one that merely borrows it loses, unless
 *    one holds the other (New York City in New York state, Kherson Oblast around Kherson) or its
 *    own name is a spelling of the name (Odesa for "Odessa", Genève for "Geneva"), which a
 *    translation is not;
 *  - a division yields to its seat or the sea it is named after: "Kidal" is the town, "Red Sea"
 *    the sea. (The resolver lifts this when "region" follows the name.)
 */
final class PlacePrior {
  static final double COUNTRY_SIZE = 12;
  static final double REGION_SIZE = 5;
  static final double WATER_SIZE = 6;
  static final double CAPITAL = 1.0;
  static final double SEAT = 0.5;
  static final double COUNTY_SEAT = 0.25;
  static final double FAME = 0.5;
  static final double BORROWED = 3;
  static final double YIELDS = 3;

  private final Gazetteer gazetteer;

  PlacePrior(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A looked-up name: its key, its candidates, and those that have it as their own name. */
  record Name(String key, List<Place> candidates, List<Place> owners) {
    static Name of(String key, List<Place> candidates) {
      List<Place> owners = new ArrayList<>(candidates.size());
      for (Place candidate : candidates) {
        if (ownsName(candidate, key)) {
          owners.add(candidate);
        }
      }
      return new Name(key, candidates, owners);
    }
  }

  /** What {@code candidate} of {@code name} scores with no context. */
  double of(Place candidate, Name name) {
    return size(candidate)
        + rank(candidate)
        + fame(candidate)
        - borrowing(candidate, name)
        - yielding(candidate, name.candidates());
  }

  /** How big a place is, in log10 of people; context phrases too small to be places are dropped. */
  double size(Place place) {
    // a continent holds countries: no town that borrows its name ("Africa" for Mahdia) is meant
    if (place.isCountry() || "CONT".equals(place.featureCode())) {
      return COUNTRY_SIZE;
    }
    if (place.isAdmin1()) {
      return Math.max(REGION_SIZE, Math.log10((double) (gazetteer.divisionPopulation(place) + 1)));
    }
    return switch (place.featureClass()) {
      case "H" -> WATER_SIZE;
      case "P" -> Math.log10((double) (place.population() + 1));
      default -> REGION_SIZE;
    };
  }

  private static double rank(Place place) {
    return switch (place.featureCode()) {
      case "PPLC" -> CAPITAL;
      case "PPLA" -> SEAT;
      case "PPLA2" -> COUNTY_SEAT;
      default -> 0;
    };
  }

  /** How widely known a town is, by how many names it has: log2, so 15 to 25 names is +0.35. */
  private double fame(Place place) {
    if (!"P".equals(place.featureClass())) {
      return 0; // divisions, regions and countries have the project's names, not GeoNames'
    }
    return FAME * Math.log(1 + gazetteer.nameCount(place)) / Math.log(2);
  }

  /** The penalty for borrowing the name from a candidate that owns it. */
  @SuppressWarnings(
      "ReferenceEquality") // the gazetteer's own instances: one Place object per place
  double borrowing(Place candidate, Name name) {
    for (Place owner : name.owners()) {
      if (owner == candidate) {
        return 0;
      }
    }
    for (Place owner : name.owners()) {
      // New York City borrows from the state it is in, Kherson Oblast from the city it holds:
      // that is naming, not borrowing
      if (hasClaim(owner, candidate)
          && !contains(owner, candidate)
          && !contains(candidate, owner)) {
        return spells(candidate, name.key()) ? 0 : BORROWED;
      }
    }
    return 0;
  }

  /** The penalty for a division whose seat, or the sea it is named after, shares its name. */
  static double yielding(Place candidate, List<Place> candidates) {
    if (!candidate.isAdmin1()) {
      return 0;
    }
    for (Place other : candidates) {
      boolean seat =
          ("PPLA".equals(other.featureCode()) || "PPLC".equals(other.featureCode()))
              && contains(candidate, other);
      if (seat || "H".equals(other.featureClass())) {
        return YIELDS;
      }
    }
    return 0;
  }

  /** A country, division, capital or seat, or a better-known place, has a claim to its name. */
  private boolean hasClaim(Place owner, Place borrower) {
    return switch (owner.featureCode()) {
      case "PCLI", "ADM1", "PPLC", "PPLA" -> true;
      default -> gazetteer.nameCount(owner) >= gazetteer.nameCount(borrower);
    };
  }

  /** A country holds its places and divisions; a division holds its places. */
  @SuppressWarnings(
      "ReferenceEquality") // the gazetteer's own instances: one Place object per place
  static boolean contains(Place container, Place place) {
    if (container == place || !container.country().equals(place.country())) {
      return false;
    }
    if (container.isCountry()) {
      return !place.isCountry();
    }
    return container.isAdmin1()
        && !place.isAdmin1()
        && container.admin1Code().equals(place.admin1Code());
  }

  private static boolean ownsName(Place place, String key) {
    return PlaceNames.normalize(place.asciiName()).equals(key)
        || PlaceNames.normalize(place.name()).equals(key);
  }

  /**
   * Whether the candidate's own name is a spelling of {@code key} rather than another name: at most
   * one letter in five differs, once a generic "city" is dropped (Odesa, Mykolayiv, Genève, New
   * York City; not Belém for Bethlehem, Floridablanca for Florida).
   */
  private static boolean spells(Place candidate, String key) {
    String own = PlaceNames.normalize(candidate.asciiName());
    if (own.endsWith(" city")) {
      own = own.substring(0, own.length() - " city".length());
    }
    return editDistance(own, key) * 5 <= Math.max(own.length(), key.length());
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
