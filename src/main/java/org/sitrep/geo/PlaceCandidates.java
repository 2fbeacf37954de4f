package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.discourse.Mention;

/*
 * Design note. CoreNLP's LOCATION entities miss places its model never saw ("Kyiv", "Pokrovsk")
 * and tag others as PERSON or ORGANIZATION, so every run of capitalised words is looked up in the
 * gazetteer, longest first. What CoreNLP did not call a location is taken as a place only when
 * a preposition of place introduces it ("in Avdiivka") or when it is big enough that a name
 * clash with a common word is unlikely (a country, a division, a region, a city of 100,000) and
 * CoreNLP did not take it for a person: "Vladimir Putin" holds the name of a Russian city,
 * "President" that of a hamlet, and "Chad" met as a person is lost. Demonyms ("Ukrainian") are
 * the gazetteer's way to reach a country but are not place mentions, and neither are languages
 * ("in English"), parts of longer names ("Nord Stream") or actors of another country ("Hamas").
 */

/**
 * The place-name candidates of a sentence: each run of capitalised words that the gazetteer knows
 * and that reads as a place here, longest first, with the gazetteer places it may mean. {@link
 * PlaceFinder} resolves them to one place each.
 */
final class PlaceCandidates {
  /** A name found in a sentence, as written, with the gazetteer entries it may mean. */
  record Span(int start, int end, String name, List<Place> candidates) {}

  private static final int MAX_WORDS = 6;
  private static final Set<String> SEAT_PREPOSITIONS = Set.of("in", "at", "near");
  private static final long BIG_CITY = 100_000;
  private static final Set<String> DIVISION_WORDS =
      Set.of("region", "oblast", "province", "governorate", "krai");
  // lower-case words inside a place name: "Sea of Azov", "Bosnia and Herzegovina", "Bab el-Mandeb"
  private static final Set<String> CONNECTORS =
      Set.of("of", "and", "the", "el", "al", "de", "du", "la", "on");
  // languages that are not a country's demonym but name small places ("English, Indiana")
  private static final Set<String> LANGUAGES =
      Set.of(
          "english",
          "arabic",
          "hebrew",
          "persian",
          "farsi",
          "mandarin",
          "cantonese",
          "hindi",
          "urdu",
          "swahili",
          "pashto",
          "dari",
          "kurdish",
          "latin",
          "yiddish",
          "tamil",
          "bengali");
  // capitalised words that may stand next to a place without making it part of another name:
  // "Kyiv Mayor Vitali Klitschko", "Belgorod Governor", "United States Secretary of State"
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "prime",
          "minister",
          "mayor",
          "governor",
          "chancellor",
          "king",
          "queen",
          "prince",
          "premier",
          "general",
          "gen",
          "foreign",
          "defence",
          "defense",
          "interior",
          "finance",
          "secretary",
          "envoy",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "chief",
          "commander",
          "head",
          "governors",
          "mayors",
          "officials",
          "authorities",
          "senator",
          "rep",
          "representative");
  private static final Set<String> NOT_NAMES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "MONEY", "PERCENT", "ORDINAL");

  private final Gazetteer gazetteer;
  private final Set<String> demonyms = new HashSet<>(LANGUAGES);

  PlaceCandidates(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Country country : gazetteer.countries()) {
      country.demonyms().forEach(d -> demonyms.add(PlaceNames.normalize(d)));
    }
  }

  /** The sentence's names of places in order; {@code actors} are its actor mentions. */
  List<Span> spans(AnnotatedSentence sentence, List<Mention> actors) {
    List<Word> words = sentence.words();
    List<Span> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Span> span =
          isCapitalised(words.get(i)) ? longestAt(sentence, i, actors) : Optional.empty();
      if (span.isPresent()) {
        found.add(span.get());
        i = span.get().end();
      } else {
        i++;
      }
    }
    return found;
  }

  private Optional<Span> longestAt(AnnotatedSentence sentence, int start, List<Mention> actors) {
    List<Word> words = sentence.words();
    int last = start;
    while (last + 1 < words.size()
        && last + 1 - start < MAX_WORDS
        && (isCapitalised(words.get(last + 1)) || isConnector(words, last + 1))) {
      last++;
    }
    for (int end = last + 1; end > start; end--) {
      // a capitalised common noun may begin a name ("the Sea of Azov") but is not one alone
      if (!isName(words.get(end - 1)) || (end - start == 1 && !isName(words.get(start)))) {
        continue;
      }
      String name = text(sentence, start, end);
      Optional<Span> span = withDivisionWord(sentence, start, end, name);
      if (span.isPresent()) {
        return span;
      }
      List<Place> candidates = gazetteer.lookup(name);
      if (!candidates.isEmpty()
          && accepted(words, start, end, name, candidates)
          && (isSeatNamedAsPlace(words, start, actors)
              || !isActorElsewhere(actors, start, end, candidates))) {
        return Optional.of(new Span(start, end, name, candidates));
      }
    }
    return Optional.empty();
  }

  /**
   * "Belgorod region", "Kherson oblast": the division of that name, the lower-case word included.
   */
  private Optional<Span> withDivisionWord(
      AnnotatedSentence sentence, int start, int end, String name) {
    List<Word> words = sentence.words();
    if (end >= words.size()
        || !DIVISION_WORDS.contains(words.get(end).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String text = text(sentence, start, end + 1);
    List<Place> whole = gazetteer.lookup(text);
    List<Place> divisions =
        (whole.isEmpty() ? gazetteer.lookup(name) : whole)
            .stream().filter(p -> p.isAdmin1() || "L".equals(p.featureClass())).toList();
    if (divisions.isEmpty()) {
      return Optional.empty();
    }
    // same-named divisions of several countries ("Punjab province", "Limburg province") are
    // weighed by the resolver like any other candidates
    return Optional.of(new Span(start, end + 1, text, divisions));
  }

  private boolean accepted(
      List<Word> words, int start, int end, String name, List<Place> candidates) {
    if (demonyms.contains(PlaceNames.normalize(name))
        || isPartOfHyphenatedName(words, start, end)
        || isPartOfLongerName(words, start, end)) {
      return false;
    }
    boolean country = candidates.stream().anyMatch(Place::isCountry);
    if (isAcronym(name) && !isShouted(words)) {
      // "US", "UAE", "DRC" name countries; the French village "Us" is not meant
      return country;
    }
    boolean area = candidates.stream().anyMatch(p -> !p.isPopulated());
    if (start > 0 && words.get(start - 1).text().equals("the") && !area) {
      // English puts "the" before countries, regions and seas, not towns: "the White House",
      // "the Kremlin" are buildings
      return false;
    }
    boolean location = false;
    boolean person = false;
    boolean organization = false;
    for (int k = start; k < end; k++) {
      String ner = words.get(k).ner();
      location |= ner.equals("LOCATION");
      person |= ner.equals("PERSON");
      organization |= ner.equals("ORGANIZATION");
    }
    if (location
        || Locatives.isLocative(words, start, candidates.stream().anyMatch(Place::isSeaOrRegion))) {
      return true;
    }
    if (organization) {
      // "the White House" is also a translation of Casablanca; "Ukraine said" is still the country
      return country;
    }
    // unsupported by CoreNLP or a preposition, a name must be big and the place's own name: an
    // alternate name is often a translation ("Lion" is Lyon in English)
    boolean big =
        candidates.stream()
            .anyMatch(p -> (!p.isPopulated() || p.population() >= BIG_CITY) && isOwnName(p, name));
    return big && !person;
  }

  private static boolean isOwnName(Place place, String name) {
    String key = PlaceNames.normalize(name);
    return !place.isPopulated()
        || PlaceNames.normalize(place.name()).equals(key)
        || PlaceNames.normalize(place.asciiName()).equals(key);
  }

  /** A headline in capitals: "RUSSIA LAUNCHES DRONES AT KYIV" has no acronyms to tell apart. */
  private static boolean isShouted(List<Word> words) {
    return words.stream()
        .map(Word::text)
        .filter(w -> w.chars().anyMatch(Character::isLetter))
        .allMatch(w -> w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase));
  }

  private static boolean isAcronym(String name) {
    return name.length() <= 4
        && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * "At a summit in Brussels": a body named by its seat (Brussels for the EU) is that city where
   * the sentence places something in or at it.
   */
  private static boolean isSeatNamedAsPlace(List<Word> words, int start, List<Mention> actors) {
    if (start == 0
        || !SEAT_PREPOSITIONS.contains(words.get(start - 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return actors.stream()
        .anyMatch(m -> m.start() == start && m.code().filter(c -> c.startsWith("IGO")).isPresent());
  }

  /**
   * Whether the words are exactly an actor's name, the actor has a country, and no candidate lies
   * in it: "Hamas" (IMGMUSHAM) is not Hamm, "NATO" no village; "Kyiv" (UKRGOV) stays a place, and
   * so do seas, which lie in no country.
   */
  private static boolean isActorElsewhere(
      List<Mention> actors, int start, int end, List<Place> candidates) {
    if (candidates.stream().anyMatch(p -> p.country().isEmpty())) {
      return false;
    }
    for (Mention m : actors) {
      if (!m.isPronoun() && m.start() == start && end == m.end() && m.hasActorCode()) {
        String code = m.code().orElseThrow();
        String country = code.length() >= 3 ? code.substring(0, 3) : code;
        return candidates.stream().noneMatch(p -> p.country().equals(country));
      }
    }
    return false;
  }

  /**
   * "Joint Base Elmendorf-Richardson" is not Richardson, Texas, nor "Lai Ching-te" Ching; but in
   * "US-Russia relations" both are countries.
   */
  private boolean isPartOfHyphenatedName(List<Word> words, int start, int end) {
    boolean joinedBefore =
        start >= 2
            && words.get(start - 1).text().equals("-")
            && words.get(start - 1).end() == words.get(start).start()
            && isCapitalised(words.get(start - 2))
            && !isCountryOrDivision(words.get(start - 2).text());
    boolean joinedAfter =
        end + 1 < words.size()
            && words.get(end).text().equals("-")
            && words.get(end).start() == words.get(end - 1).end()
            && words.get(end + 1).start() == words.get(end).end()
            && !isCountryOrDivision(words.get(end + 1).text());
    return joinedBefore || joinedAfter;
  }

  private boolean isCountryOrDivision(String name) {
    return gazetteer.lookup(name).stream().anyMatch(p -> p.isCountry() || p.isAdmin1());
  }

  /**
   * A place name inside a longer run of capitalised words names something else: "Nord Stream",
   * "Saudi Maternity Hospital", "Operation Rising Lion", "Gaza Humanitarian Foundation". Titles
   * next to it do not count ("Kyiv Mayor Vitali Klitschko").
   */
  private boolean isPartOfLongerName(List<Word> words, int start, int end) {
    return (start > 0 && isNameNeighbour(words.get(start - 1)))
        || (end < words.size() && isNameNeighbour(words.get(end)));
  }

  private boolean isNameNeighbour(Word word) {
    String lower = word.text().toLowerCase(Locale.ROOT);
    return isCapitalised(word)
        && !TITLES.contains(lower)
        && !demonyms.contains(PlaceNames.normalize(lower));
  }

  /** A capitalised word that is a proper noun or a location: one a place name may end with. */
  private static boolean isName(Word word) {
    return isCapitalised(word) && (word.tag().startsWith("NNP") || word.ner().equals("LOCATION"));
  }

  private static boolean isCapitalised(Word word) {
    String text = word.text();
    return !text.isEmpty()
        && Character.isUpperCase(text.codePointAt(0))
        && !NOT_NAMES.contains(word.ner())
        && (word.tag().startsWith("NN") || word.ner().equals("LOCATION"));
  }

  private static boolean isConnector(List<Word> words, int k) {
    return CONNECTORS.contains(words.get(k).text())
        && k + 1 < words.size()
        && isName(words.get(k + 1));
  }

  private static String text(AnnotatedSentence sentence, int start, int end) {
    int from = sentence.words().get(start).start() - sentence.start();
    int to = sentence.words().get(end - 1).end() - sentence.start();
    if (from < 0 || to > sentence.text().length() || from > to) {
      // the sentence text is not the article's stretch (a test's hand-made sentence): join words
      StringBuilder words = new StringBuilder();
      for (int k = start; k < end; k++) {
        words.append(k > start ? " " : "").append(sentence.words().get(k).text());
      }
      return words.toString();
    }
    return sentence.text().substring(from, to);
  }
}
