package org.sitrep.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GeoNames places (cities500), admin1 divisions, countries and the project's regions and seas,
 * found by any of their names. {@link #lookup} ignores case, diacritics, punctuation and a leading
 * "the" ({@link PlaceNames#normalize}), knows alternate names (Kiev, Київ) and maps demonyms to
 * their country (Ukrainian to Ukraine). Candidates come most populous first; which one a mention
 * means is for the caller to decide.
 *
 * <pre>{@code Gazetteer.shared().lookup("Kiev").get(0).geonamesId() == 703448}</pre>
 *
 * <p>The data is built into the classpath resource {@value #RESOURCE} by {@code geo/build.mjs};
 * nothing is downloaded at run time. Immutable and safe to share between threads.
 */
public final class Gazetteer {
  /** The classpath resource {@link #shared()} loads. */
  public static final String RESOURCE = "/org/sitrep/geo/gazetteer.tsv.gz";

  private final Map<String, Place[]> byName;
  private final Map<String, Country> countries;
  private final Map<Place, Integer> nameCounts;
  private final Map<Division, Long> divisionPopulations;
  private final int places;

  private Gazetteer(Builder built) {
    this.byName = built.byName;
    this.countries = Map.copyOf(built.countries);
    this.nameCounts = Collections.unmodifiableMap(built.nameCounts);
    this.divisionPopulations = Map.copyOf(built.divisionPopulations);
    this.places = built.places;
  }

  /** The gazetteer of the bundled resource, loaded once per JVM on first use. */
  public static Gazetteer shared() {
    return Holder.SHARED;
  }

  /** Loads the classpath resource at {@code path} (tests load fixtures this way). */
  public static Gazetteer fromResource(String path) {
    InputStream in = Gazetteer.class.getResourceAsStream(path);
    if (in == null) {
      throw new GazetteerException(
          "gazetteer resource "
              + path
              + " is missing from the classpath: build it with"
              + " geo/build.mjs (mvn generate-resources runs it)");
    }
    return GazetteerReader.read(path, in);
  }

  /**
   * Reads a gazetteer in the resource format from {@code in}, closing it; {@code source} names it
   * in errors.
   */
  public static Gazetteer read(String source, InputStream in) {
    return GazetteerReader.read(source, in);
  }

  /** Every place, division, region or country with {@code name} as a name; most populous first. */
  public List<Place> lookup(String name) {
    Place[] found = byName.get(PlaceNames.normalize(name));
    return found == null ? List.of() : Collections.unmodifiableList(Arrays.asList(found));
  }

  /** The country with ISO-3 code {@code iso3} ("UKR"), as world-countries codes it. */
  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** All countries, in ISO-3 order. */
  public List<Country> countries() {
    List<Country> all = new ArrayList<>(countries.values());
    all.sort((a, b) -> a.iso3().compareTo(b.iso3()));
    return List.copyOf(all);
  }

  /** How many entries (places, divisions, regions, countries) the gazetteer holds. */
  public int size() {
    return places;
  }

  /** How many distinct normalised names lead to an entry. */
  public int names() {
    return byName.size();
  }

  /**
   * How many names this gazetteer knows {@code place} by; 0 for a place it did not return. For a
   * GeoNames place, the more languages name it, the better known it is: Bethlehem in the West Bank
   * has 25, Bethlehem, Pennsylvania 15. Only the resolver needs it, so it is not a field.
   */
  int nameCount(Place place) {
    return nameCounts.getOrDefault(place, 0);
  }

  /**
   * How many people live in the populated places of admin1 division {@code division}: its size,
   * which the resource leaves 0 so that lookups list "Kherson" the city before the oblast.
   */
  long divisionPopulation(Place division) {
    return divisionPopulations.getOrDefault(
        new Division(division.country(), division.admin1Code()), 0L);
  }

  private record Division(String country, String admin1Code) {}

  /** Collects entries in the resource's order (most populous first) under each of their names. */
  static final class Builder {
    private final Map<String, Place[]> byName = new HashMap<>(1 << 21);
    private final Map<String, Country> countries = new HashMap<>();
    // by identity: the resolver asks about the gazetteer's own instances, and hashing 200k
    // records by value would cost load time
    private final IdentityHashMap<Place, Integer> nameCounts = new IdentityHashMap<>(1 << 18);
    private final Map<Division, Long> divisionPopulations = new HashMap<>();
    private int places;

    Builder(List<Country> countries) {
      for (Country c : countries) {
        this.countries.put(c.iso3(), c);
      }
    }

    @SuppressWarnings(
        "ReferenceEquality") // the same instance listed twice under names that normalise alike
    void add(Place place, List<String> names) {
      places++;
      nameCounts.put(place, names.size());
      if ("P".equals(place.featureClass()) && !place.admin1Code().isEmpty()) {
        divisionPopulations.merge(
            new Division(place.country(), place.admin1Code()), place.population(), Long::sum);
      }
      for (String name : names) {
        String key = PlaceNames.normalize(name);
        if (key.isEmpty()) {
          continue;
        }
        Place[] found = byName.get(key);
        if (found == null) {
          byName.put(key, new Place[] {place});
        } else if (found[found.length - 1] != place) {
          Place[] more = Arrays.copyOf(found, found.length + 1);
          more[found.length] = place;
          byName.put(key, more);
        }
      }
    }

    Gazetteer build() {
      return new Gazetteer(this);
    }
  }

  /** Loads the shared instance on first use of {@link #shared()}, once per JVM. */
  private static final class Holder {
    static final Gazetteer SHARED = fromResource(RESOURCE);
  }
}
