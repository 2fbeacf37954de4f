package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * What a sentence says around one mention of a place name:
 *  - the other places it names: its capitalised phrases the gazetteer knows, each read as its
 *    likeliest candidate before context ("Kursk region" read whole, "Lebanon's" without the
 *    's, a sentence-initial "In" dropped); demonyms ("Egyptian") are kept apart, as weaker
 *    evidence;
 *  - appositions, the strongest cue in news style: "Athens, Georgia" puts Athens inside a
 *    Georgia and makes Georgia a Georgia holding an Athens;
 *  - a division word right after the mention ("Kherson region") asks for the division;
 *  - "the" right before it asks for a sea or region: English says "on the Red Sea" but "in Red
 *    Sea state", "the Balkans" but "Kherson".
 */
final class MentionContext {
  // a capitalised word may hold an apostrophe (N'Djamena) but stops before a possessive 's
  private static final String WORD = "\\p{Lu}(?:[\\p{L}.-]|['’](?!s\\b)\\p{L})*";
  private static final Pattern PHRASE =
      Pattern.compile(WORD + "(?:[ -]" + WORD + "){0,3}(?: (?:region|oblast|province))?");
  private static final Pattern DIVISION_WORD =
      Pattern.compile(
          "\\s+(?:region|oblast|province|governorate|state|district|county)\\b",
          Pattern.CASE_INSENSITIVE);
  // sentence-initial function words that the phrase pattern takes for part of a name
  private static final Set<String> LEADING_WORDS =
      Set.of(
          "in", "at", "on", "from", "to", "for", "and", "but", "after", "before", "as", "when",
          "while", "near", "outside", "inside", "since", "across", "around", "over", "under", "of",
          "by", "with", "within", "toward", "towards", "into", "despite", "during", "if", "then");

  private final NamedPlaces evidence;
  private final List<Place> containers;
  private final List<Place> preceding;
  private final boolean divisionWordFollows;
  private final boolean definite;

  private MentionContext(
      NamedPlaces evidence,
      List<Place> containers,
      List<Place> preceding,
      boolean divisionWord,
      boolean definite) {
    this.evidence = evidence;
    this.containers = containers;
    this.preceding = preceding;
    this.divisionWordFollows = divisionWord;
    this.definite = definite;
  }

  /** Reads {@code text} around the mentions of {@code name} in it. */
  static MentionContext read(Gazetteer gazetteer, PlacePrior prior, String name, String text) {
    List<Place> places = new ArrayList<>();
    Set<String> demonyms = new HashSet<>();
    List<Place> containers = new ArrayList<>();
    List<Place> preceding = new ArrayList<>();
    boolean divisionWord = false;
    boolean definite = name.regionMatches(true, 0, "the ", 0, 4);
    List<int[]> mentions = occurrences(name, text);
    Matcher phrase = PHRASE.matcher(text);
    while (phrase.find()) {
      String words = withoutLeadingWord(phrase.group());
      int start = phrase.end() - words.length();
      if (!overlaps(words, name)) {
        reading(gazetteer, prior, words)
            .ifPresent(
                place -> {
                  if (isDemonym(gazetteer, place, words)) {
                    demonyms.add(place.country());
                  } else {
                    places.add(place);
                  }
                });
      }
      for (int[] mention : mentions) {
        if (start == mention[1] + 2 && text.startsWith(", ", mention[1])) {
          gazetteer.lookup(words).stream()
              .filter(p -> p.isCountry() || p.isAdmin1())
              .forEach(containers::add);
        }
        if (phrase.end() == mention[0] - 2 && text.startsWith(", ", phrase.end())) {
          List<Place> before = gazetteer.lookup(words);
          // "Ukraine, Georgia and Moldova" is a list, not a Georgia holding a Ukraine
          if (before.stream().noneMatch(Place::isCountry)) {
            preceding.addAll(before);
          }
        }
      }
    }
    for (int[] mention : mentions) {
      Matcher after = DIVISION_WORD.matcher(text).region(mention[1], text.length());
      divisionWord |= after.lookingAt();
      definite |= mention[0] >= 4 && text.regionMatches(true, mention[0] - 4, "the ", 0, 4);
    }
    return new MentionContext(
        NamedPlaces.of(places, demonyms),
        List.copyOf(containers),
        List.copyOf(preceding),
        divisionWord,
        definite);
  }

  NamedPlaces evidence() {
    return evidence;
  }

  /** "M, Y": the candidate lies in a country or division the name after the comma may mean. */
  boolean placedIn(Place candidate) {
    for (Place container : containers) {
      if (PlacePrior.contains(container, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** "X, M": the candidate is a country or division holding a place the name before may mean. */
  boolean holdsPreceding(Place candidate) {
    if (!candidate.isCountry() && !candidate.isAdmin1()) {
      return false;
    }
    for (Place place : preceding) {
      if (PlacePrior.contains(candidate, place)) {
        return true;
      }
    }
    return false;
  }

  boolean divisionWordFollows() {
    return divisionWordFollows;
  }

  /** "the" comes before the name ("on the Red Sea"). */
  boolean definite() {
    return definite;
  }

  /** The phrase's likeliest candidate, if it is large enough to be taken for a place at all. */
  private static Optional<Place> reading(Gazetteer gazetteer, PlacePrior prior, String words) {
    // a country, a division or a sizeable city is taken as a place; small towns named like
    // common words ("Texas, Mexico" has 993 people) are not
    String found = words;
    List<Place> candidates = gazetteer.lookup(found);
    int space = words.lastIndexOf(' ');
    if (candidates.isEmpty() && space > 0 && Character.isLowerCase(words.charAt(space + 1))) {
      found = words.substring(0, space); // "Fujian province"
      candidates = gazetteer.lookup(found);
    }
    PlacePrior.Name named = PlacePrior.Name.of(PlaceNames.normalize(found), candidates);
    return candidates.stream()
        .max(Comparator.comparingDouble(place -> prior.of(place, named)))
        .filter(place -> prior.size(place) >= PlacePrior.REGION_SIZE);
  }

  private static boolean isDemonym(Gazetteer gazetteer, Place place, String words) {
    if (!place.isCountry()) {
      return false;
    }
    String key = PlaceNames.normalize(words);
    return gazetteer.country(place.country()).stream()
        .flatMap(country -> country.demonyms().stream())
        .anyMatch(demonym -> PlaceNames.normalize(demonym).equals(key));
  }

  private static boolean overlaps(String words, String name) {
    return words.equals(name) || name.contains(words) || words.contains(name);
  }

  private static String withoutLeadingWord(String words) {
    int space = words.indexOf(' ');
    if (space > 0 && LEADING_WORDS.contains(words.substring(0, space).toLowerCase(Locale.ROOT))) {
      return words.substring(space + 1);
    }
    return words;
  }

  /**
   * Where {@code name} occurs in {@code text}, as [start, end) pairs of {@code text}; ignoring case
   * if need be. Compared in place rather than on a lower-cased copy, whose offsets differ where
   * lower-casing changes a string's length ("İ").
   */
  private static List<int[]> occurrences(String name, String text) {
    List<int[]> found = new ArrayList<>(1);
    if (name.isEmpty()) {
      return found;
    }
    boolean ignoreCase = !text.contains(name);
    for (int at = 0; at + name.length() <= text.length(); at++) {
      if (text.regionMatches(ignoreCase, at, name, 0, name.length())) {
        found.add(new int[] {at, at + name.length()});
      }
    }
    return found;
  }
}
