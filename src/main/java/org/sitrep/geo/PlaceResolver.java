package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/*
 * Which place a name means, given the text around it. Each of the name's candidates scores its
 * prior (PlacePrior: size, rank, borrowed names, divisions yielding to their seat) plus what the
 * context says about it, in the same log10-of-population units:
 *  - apposition, "Athens, Georgia": +8, enough to beat any prior but a country's (after a
 *    country name a comma starts a list: "Poland, Hungary and Slovakia");
 *  - the words around the name: "the" before it asks for a sea or region (+6: "on the Red Sea",
 *    not Red Sea state), "region" or "province" after it for a division (+4, and the division no
 *    longer yields to its seat);
 *  - the sentence names the candidate's division (+4), or a place inside the candidate division
 *    (+4), its country (+3), a place within 500 km (+2), or its people ("Lebanese", +1);
 *  - the article's other resolved places say the same, more weakly (division +3, country +2,
 *    nearby +1), and only where the sentence is silent: they may be about somewhere else. One
 *    article place in Texas makes "Paris" Paris, Texas; one in Dallas alone does not. The
 *    countries of the article's actors count as its countries (+2). If the article resolved a
 *    place to the candidate itself, +4: the caller passes the same name's readings only where
 *    their sentence moved the name off its default, so one name keeps one place without a
 *    default reading reinforcing itself.
 * The weights are round numbers set on the hand-annotated place-mentions.tsv, not fitted.
 */

/**
 * Resolves a place name in a sentence to one GeoNames place.
 *
 * <pre>{@code new PlaceResolver(Gazetteer.shared()).resolve("Paris", "Flooding hit Paris, Texas.")}
 * </pre>
 */
public final class PlaceResolver {
  static final double APPOSITION = 8;
  static final double SAME_DIVISION = 4;
  static final double SAME_COUNTRY = 3;
  static final double NEARBY = 2;
  static final double SAME_PEOPLE = 1;
  static final double DIVISION_WORD = 4;
  static final double DEFINITE = 6;
  static final double ARTICLE_DIVISION = 3;
  static final double ARTICLE_COUNTRY = 2;
  static final double ARTICLE_NEARBY = 1;
  static final double ARTICLE_SAME_PLACE = 4;

  private final Gazetteer gazetteer;
  private final PlacePrior prior;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.prior = new PlacePrior(gazetteer);
  }

  /**
   * The place {@code name} most likely means in {@code text}; empty when the gazetteer has none.
   */
  public Optional<Place> resolve(String name, String text) {
    return resolve(name, text, List.of());
  }

  /**
   * The place {@code name} most likely means in {@code text}, a sentence of an article whose other
   * places have been resolved to {@code articlePlaces}; empty when the gazetteer has none.
   */
  public Optional<Place> resolve(String name, String text, Collection<Place> articlePlaces) {
    return resolve(name, text, articlePlaces, Set.of());
  }

  /**
   * As {@link #resolve(String, String, Collection)}, where the article's actors also belong to
   * {@code actorCountries} (ISO-3): evidence for a candidate's country, never for the candidate
   * itself ("Georgian officials" make a Georgia more likely the country, not certainly so).
   */
  public Optional<Place> resolve(
      String name, String text, Collection<Place> articlePlaces, Set<String> actorCountries) {
    return resolveAmong(gazetteer.lookup(name), name, text, articlePlaces, actorCountries);
  }

  /**
   * The most likely of {@code candidates}, some of {@code name}'s ("the Punjab province": only its
   * divisions), in the same context as {@link #resolve(String, String, Collection, Set)}.
   */
  public Optional<Place> resolveAmong(
      List<Place> candidates,
      String name,
      String text,
      Collection<Place> articlePlaces,
      Set<String> actorCountries) {
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    return score(candidates, name, text, articlePlaces, actorCountries).stream()
        .max(Comparator.comparingDouble(Scored::score))
        .map(Scored::place);
  }

  /** A candidate and its score; the resolver picks the highest, the first of equals. */
  record Scored(Place place, double score) {}

  /** Every candidate of {@code name} with its score, in the gazetteer's order. */
  List<Scored> score(
      List<Place> candidates, String name, String text, Collection<Place> articlePlaces) {
    return score(candidates, name, text, articlePlaces, Set.of());
  }

  private List<Scored> score(
      List<Place> candidates,
      String name,
      String text,
      Collection<Place> articlePlaces,
      Set<String> actorCountries) {
    PlacePrior.Name named = PlacePrior.Name.of(PlaceNames.normalize(name), candidates);
    MentionContext sentence = MentionContext.read(gazetteer, prior, name, text);
    NamedPlaces article = NamedPlaces.of(articlePlaces);
    // "Poland, Hungary and Slovakia" is a list, not a Poland in Hungary
    boolean listable = candidates.stream().anyMatch(Place::isCountry);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Place candidate : candidates) {
      double score =
          prior(candidate, named, sentence)
              + context(candidate, sentence.evidence(), article, actorCountries);
      if ((!listable && sentence.placedIn(candidate)) || sentence.holdsPreceding(candidate)) {
        score += APPOSITION;
      }
      scored.add(new Scored(candidate, score));
    }
    return scored;
  }

  /** The prior, with what the words around the name say of its kind ("the", "region"). */
  private double prior(Place candidate, PlacePrior.Name named, MentionContext sentence) {
    double score = prior.of(candidate, named);
    if (candidate.isAdmin1() && sentence.divisionWordFollows()) {
      score += PlacePrior.yielding(candidate, named.candidates()) + DIVISION_WORD;
    }
    if (sentence.definite() && candidate.isSeaOrRegion()) {
      score += DEFINITE;
    }
    return score;
  }

  private static double context(
      Place candidate, NamedPlaces sentence, NamedPlaces article, Set<String> actorCountries) {
    double score =
        weigh(
            sentence.namesDivisionOf(candidate) || sentence.namesPlaceIn(candidate),
            article.namesDivisionOf(candidate) || article.namesPlaceIn(candidate),
            SAME_DIVISION,
            ARTICLE_DIVISION);
    score +=
        weigh(
            sentence.namesPlaceNear(candidate),
            article.namesPlaceNear(candidate),
            NEARBY,
            ARTICLE_NEARBY);
    double country =
        weigh(
            sentence.namesCountryOf(candidate),
            article.namesCountryOf(candidate) || actorCountries.contains(candidate.country()),
            SAME_COUNTRY,
            ARTICLE_COUNTRY);
    if (country == 0 && sentence.namesPeopleOf(candidate)) {
      country = SAME_PEOPLE;
    }
    if (article.namesItself(candidate)) {
      score += ARTICLE_SAME_PLACE;
    }
    return score + country;
  }

  /**
   * The sentence's evidence counts in full; the article's, weaker, where the sentence is silent.
   */
  private static double weigh(
      boolean inSentence, boolean inArticle, double sentenceWeight, double articleWeight) {
    return inSentence ? sentenceWeight : inArticle ? articleWeight : 0;
  }
}
