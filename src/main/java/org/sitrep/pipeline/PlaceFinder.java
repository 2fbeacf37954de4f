package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.discourse.Mention;
import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceNames;
import org.sitrep.geo.PlaceResolver;

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
 *
 * Names are resolved twice: first each in its own sentence, then with the places the rest of
 * the article names and the countries of its actors as weaker context, so a "Georgia" in a story
 * about Russian officials reads as the country. A name's own first readings count as context for
 * its other mentions only where their sentence moved it off its default ("Atlanta, Georgia"),
 * so the default never confirms itself. "X region" is resolved among the divisions named X.
 */

/**
 * Finds the places an article's sentences name and resolves each to a gazetteer place.
 *
 * <pre>{@code
 * List<List<PlaceMention>> places = new PlaceFinder(Gazetteer.shared()).find(sentences, actorMentions);
 * }</pre>
 */
final class PlaceFinder {
  private static final int MAX_WORDS = 6;
  private static final long BIG_CITY = 100_000;
  // how far before a name a preposition of place may stand: "in the eastern Ukrainian town of"
  private static final int MAX_LOOKBACK = 7;
  static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "over", "on", "outside", "inside", "across", "around", "into", "onto",
      "throughout", "within", "off", "along", "toward", "towards", "beyond", "upon");
  // words between a preposition and a name that keep it locative: "in the city of", "near the
  // frontline town of"
  private static final Set<String> SETTINGS = Set.of(
      "city", "cities", "town", "towns", "village", "villages", "region", "regions", "province",
      "port", "capital", "outskirts", "suburbs", "suburb", "area", "district", "oblast", "settlement",
      "border", "frontline", "front", "island", "republic", "state", "coast", "centre", "center",
      "streets", "skies", "south", "north", "east", "west", "part", "parts", "heart");
  // prepositions that place only seas, regions and what falls on or flies over a town or country:
  // "strikes on Kyiv", "shot down over Belgorod", not "counting on America", "a row over Taiwan"
  private static final Set<String> ONTO = Set.of("on", "upon", "onto", "over");
  // lemmas just before "on" or "over" that make it a preposition of place
  private static final Set<String> ATTACKS = Set.of(
      "attack", "strike", "airstrike", "assault", "raid", "offensive", "bombardment", "bombing", "shelling",
      "barrage", "missile", "drone", "rocket", "bomb", "shell", "fire", "drop", "rain", "down", "advance",
      "march", "push", "close", "converge", "descend", "fall", "land", "crash", "attacks", "strikes",
      "fly", "shoot", "intercept", "explode", "hover", "patrol", "airspace", "sky");
  private static final Set<String> DIVISION_WORDS = Set.of("region", "oblast", "province", "governorate", "krai");
  // lower-case words inside a place name: "Sea of Azov", "Bosnia and Herzegovina", "Bab el-Mandeb"
  private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "el", "al", "de", "du", "la", "on");
  // languages that are not a country's demonym but name small places ("English, Indiana")
  private static final Set<String> LANGUAGES = Set.of(
      "english", "arabic", "hebrew", "persian", "farsi", "mandarin", "cantonese", "hindi", "urdu", "swahili",
      "pashto", "dari", "kurdish", "latin", "yiddish", "tamil", "bengali");
  // capitalised words that may stand next to a place without making it part of another name:
  // "Kyiv Mayor Vitali Klitschko", "Belgorod Governor", "United States Secretary of State"
  private static final Set<String> TITLES = Set.of(
      "president", "prime", "minister", "mayor", "governor", "chancellor", "king", "queen", "prince",
      "premier", "general", "gen", "foreign", "defence", "defense", "interior", "finance", "secretary",
      "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "commander",
      "head", "governors", "mayors", "officials", "authorities", "senator", "rep", "representative");
  private static final Set<String> NOT_NAMES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "MONEY", "PERCENT", "ORDINAL");

  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;
  private final Set<String> demonyms = new HashSet<>(LANGUAGES);

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolver = new PlaceResolver(gazetteer);
    for (Country country : gazetteer.countries()) {
      country.demonyms().forEach(d -> demonyms.add(PlaceNames.normalize(d)));
    }
  }

  /**
   * The place mentions of each sentence, in order. {@code actors} are the sentences' actor
   * mentions: their countries are context, and an actor of another country is not a place
   * ("Hamas" is not Hamm, Germany).
   */
  List<List<PlaceMention>> find(List<AnnotatedSentence> sentences, List<List<Mention>> actors) {
    List<List<Span>> spans = new ArrayList<>();
    for (AnnotatedSentence sentence : sentences) {
      spans.add(spans(sentence, actors.get(sentence.index())));
    }
    Set<String> actorCountries = actorCountries(actors, spans);
    // each name's readings in its own sentence, and those that moved the name off its reading
    // without context: the only ones that count as context for the same name elsewhere
    Map<String, Set<Place>> readings = new LinkedHashMap<>();
    Map<String, Set<Place>> movedReadings = new LinkedHashMap<>();
    Map<String, Optional<Place>> defaults = new LinkedHashMap<>();
    for (AnnotatedSentence sentence : sentences) {
      for (Span span : spans.get(sentence.index())) {
        String key = PlaceNames.normalize(span.name());
        Optional<Place> place = resolver.resolveAmong(span.candidates(), span.name(), sentence.text(), Set.of(), Set.of());
        if (place.isPresent()) {
          readings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(place.get());
          Optional<Place> unread = defaults.computeIfAbsent(key,
              k -> resolver.resolveAmong(span.candidates(), span.name(), "", Set.of(), Set.of()));
          if (!place.equals(unread)) {
            movedReadings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(place.get());
          }
        }
      }
    }
    Map<String, Collection<Place>> contexts = new LinkedHashMap<>();
    List<List<PlaceMention>> out = new ArrayList<>();
    for (AnnotatedSentence sentence : sentences) {
      int s = sentence.index();
      List<PlaceMention> mentions = new ArrayList<>();
      for (Span span : spans.get(s)) {
        Collection<Place> context = span.candidates().size() <= 1 ? List.of() : contexts.computeIfAbsent(
            PlaceNames.normalize(span.name()), key -> context(readings, movedReadings, key));
        resolver.resolveAmong(span.candidates(), span.name(), sentence.text(), context, actorCountries)
            .ifPresent(p -> mentions.add(new PlaceMention(s, span.start(), span.end(), span.name(), p,
                isLocative(sentence.words(), span.start(), p.isSeaOrRegion())
                    && !ownsSomethingElse(sentence.words(), span.end(), spans.get(s)))));
      }
      out.add(List.copyOf(mentions));
    }
    return out;
  }

  /**
   * The article's places as context for the name {@code key}, each once: other names' readings,
   * and the name's own where a sentence moved it ("Atlanta, Georgia" keeps a later "Georgia" in
   * the US). Computed once per name: an article naming Ukraine 40 times costs one context.
   */
  private static Collection<Place> context(
      Map<String, Set<Place>> readings, Map<String, Set<Place>> movedReadings, String key) {
    Set<Place> context = new LinkedHashSet<>(movedReadings.getOrDefault(key, Set.of()));
    readings.forEach((other, places) -> {
      if (!other.equals(key)) {
        context.addAll(places);
      }
    });
    return context;
  }

  /** A name found in a sentence, as written, with the gazetteer entries it may mean. */
  private record Span(int start, int end, String name, List<Place> candidates) {}

  private List<Span> spans(AnnotatedSentence sentence, List<Mention> actors) {
    List<Word> words = sentence.words();
    List<Span> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Span> span = isCapitalised(words.get(i)) ? longestAt(sentence, i, actors) : Optional.empty();
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
    while (last + 1 < words.size() && last + 1 - start < MAX_WORDS
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
      if (!candidates.isEmpty() && accepted(words, start, end, name, candidates)
          && !isActorElsewhere(actors, start, end, candidates)) {
        return Optional.of(new Span(start, end, name, candidates));
      }
    }
    return Optional.empty();
  }

  /** "Belgorod region", "Kherson oblast": the division of that name, the lower-case word included. */
  private Optional<Span> withDivisionWord(AnnotatedSentence sentence, int start, int end, String name) {
    List<Word> words = sentence.words();
    if (end >= words.size() || !DIVISION_WORDS.contains(words.get(end).text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String text = text(sentence, start, end + 1);
    List<Place> whole = gazetteer.lookup(text);
    List<Place> divisions = (whole.isEmpty() ? gazetteer.lookup(name) : whole).stream()
        .filter(p -> p.isAdmin1() || "L".equals(p.featureClass()))
        .toList();
    if (divisions.isEmpty()) {
      return Optional.empty();
    }
    // same-named divisions of several countries ("Punjab province", "Limburg province") are
    // weighed by the resolver like any other candidates
    return Optional.of(new Span(start, end + 1, text, divisions));
  }

  private boolean accepted(List<Word> words, int start, int end, String name, List<Place> candidates) {
    if (demonyms.contains(PlaceNames.normalize(name)) || isPartOfHyphenatedName(words, start, end)
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
    if (location || isLocative(words, start, candidates.stream().anyMatch(Place::isSeaOrRegion))) {
      return true;
    }
    if (organization) {
      // "the White House" is also a translation of Casablanca; "Ukraine said" is still the country
      return country;
    }
    // unsupported by CoreNLP or a preposition, a name must be big and the place's own name: an
    // alternate name is often a translation ("Lion" is Lyon in English)
    boolean big = candidates.stream().anyMatch(p -> (!p.isPopulated() || p.population() >= BIG_CITY) && isOwnName(p, name));
    return big && !person;
  }

  private static boolean isOwnName(Place place, String name) {
    String key = PlaceNames.normalize(name);
    return !place.isPopulated() || PlaceNames.normalize(place.name()).equals(key)
        || PlaceNames.normalize(place.asciiName()).equals(key);
  }

  /** A headline in capitals: "RUSSIA LAUNCHES DRONES AT KYIV" has no acronyms to tell apart. */
  private static boolean isShouted(List<Word> words) {
    return words.stream().map(Word::text).filter(w -> w.chars().anyMatch(Character::isLetter))
        .allMatch(w -> w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase));
  }

  private static boolean isAcronym(String name) {
    return name.length() <= 4 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * Whether the words are exactly an actor's name, the actor has a country, and no candidate
   * lies in it: "Hamas" (IMGMUSHAM) is not Hamm, "NATO" no village; "Kyiv" (UKRGOV) stays a
   * place, and so do seas, which lie in no country.
   */
  private static boolean isActorElsewhere(List<Mention> actors, int start, int end, List<Place> candidates) {
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
   * The CAMEO countries of the article's coded actors, but for actors named by a place ("Georgia
   * Governor Brian Kemp"): their code came from reading the place, so they are no evidence of it.
   */
  private static Set<String> actorCountries(List<List<Mention>> actors, List<List<Span>> spans) {
    Set<String> countries = new TreeSet<>();
    for (int s = 0; s < actors.size(); s++) {
      for (Mention m : actors.get(s)) {
        boolean namedByPlace = spans.get(s).stream().anyMatch(p -> m.start() <= p.start() && p.end() <= m.end());
        if (m.hasActorCode() && m.code().orElseThrow().length() >= 3 && !namedByPlace && !m.isPronoun()) {
          countries.add(m.code().orElseThrow().substring(0, 3));
        }
      }
    }
    return countries;
  }

  /**
   * "Joint Base Elmendorf-Richardson" is not Richardson, Texas, nor "Lai Ching-te" Ching; but in
   * "US-Russia relations" both are countries.
   */
  private boolean isPartOfHyphenatedName(List<Word> words, int start, int end) {
    boolean joinedBefore = start >= 2 && words.get(start - 1).text().equals("-")
        && words.get(start - 1).end() == words.get(start).start() && isCapitalised(words.get(start - 2))
        && !isCountryOrDivision(words.get(start - 2).text());
    boolean joinedAfter = end + 1 < words.size() && words.get(end).text().equals("-")
        && words.get(end).start() == words.get(end - 1).end() && words.get(end + 1).start() == words.get(end).end()
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
    return isCapitalised(word) && !TITLES.contains(lower) && !demonyms.contains(PlaceNames.normalize(lower));
  }

  /** Whether a preposition of place stands before word {@code start}, past articles, adjectives and settings. */
  private static boolean isLocative(List<Word> words, int start, boolean openSpace) {
    for (int k = start - 1; k >= 0 && k >= start - MAX_LOOKBACK; k--) {
      Word word = words.get(k);
      String lower = word.text().toLowerCase(Locale.ROOT);
      String tag = word.tag();
      if (LOCATIVE.contains(lower) && (tag.equals("IN") || tag.equals("RP") || tag.equals("RB"))) {
        return !ONTO.contains(lower) || openSpace || followsAttack(words, k);
      }
      boolean modifier = tag.equals("DT") || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("PRP$")
          || tag.startsWith("NNP") || tag.equals("CD") || tag.equals("HYPH");
      boolean setting = SETTINGS.contains(lower) || lower.equals("of");
      if (!modifier && !setting) {
        return false;
      }
    }
    return false;
  }

  private static boolean followsAttack(List<Word> words, int preposition) {
    for (int k = preposition - 1; k >= 0 && k >= preposition - 2; k--) {
      if (ATTACKS.contains(words.get(k).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "on America's strength", "in Russia's war": a place the preposition reaches only as the
   * owner of something else is not where things happen; "in Russia's Bryansk region" still is,
   * through the place that follows.
   */
  private static boolean ownsSomethingElse(List<Word> words, int end, List<Span> spans) {
    if (end >= words.size() || !words.get(end).tag().equals("POS")) {
      return false;
    }
    return spans.stream().noneMatch(other -> other.start() == end + 1);
  }

  /** A capitalised word that is a proper noun or a location: one a place name may end with. */
  private static boolean isName(Word word) {
    return isCapitalised(word) && (word.tag().startsWith("NNP") || word.ner().equals("LOCATION"));
  }

  private static boolean isCapitalised(Word word) {
    String text = word.text();
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && !NOT_NAMES.contains(word.ner())
        && (word.tag().startsWith("NN") || word.ner().equals("LOCATION"));
  }

  private static boolean isConnector(List<Word> words, int k) {
    return CONNECTORS.contains(words.get(k).text()) && k + 1 < words.size() && isName(words.get(k + 1));
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
