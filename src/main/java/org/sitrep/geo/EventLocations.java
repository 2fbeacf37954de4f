package org.sitrep.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.annotate.Word;
import org.sitrep.coding.ClauseScope;
import org.sitrep.coding.Located;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.QuadClass;

/*
 * Design note. An event's location is chosen by the first rule that finds one, and the rule is
 * recorded with it so a user can weigh it:
 *  - "clause": a place a preposition of place introduces in the event's own clause ("struck
 *    energy sites in the Kharkiv region"); the most specific one if several ("in Russia's Sochi");
 *  - "speech": for verbal events (quad classes 1 and 3, things said), where the words were said:
 *    a place of the clause around the event's ("at an event in Sochi, where he said...") or of
 *    an opening participle ("Speaking in Paris, Macron urged..."), else
 *    for an event inside a quote, a place the sentence that opened the quote names before it, or
 *    the sentence before that in the same paragraph ("Putin spoke in Sochi. “We are ready...”").
 *    A strike reported from a podium did not happen at the podium, so material events skip this
 *    rule;
 *  - "target": the place the target is ("drones which target Moscow", "145 drones at Ukraine"),
 *    if it lies in the target's country;
 *  - "target-country": the target's CAMEO country;
 *  - "source-country": the source's country, for events without a target ("North Korea
 *    test-fired a missile") or with one that has no country (an international body).
 */

/**
 * The location of each event of an article, from the places its sentences name.
 *
 * <pre>
 * {@code new EventLocations(gazetteer, discourse, places).of(sentence, event, scope, mentions)}
 * </pre>
 */
public final class EventLocations {
  private final Gazetteer gazetteer;
  private final Discourse discourse;
  private final List<List<PlaceMention>> places;

  public EventLocations(Gazetteer gazetteer, Discourse discourse, List<List<PlaceMention>> places) {
    this.gazetteer = gazetteer;
    this.discourse = discourse;
    this.places = List.copyOf(places);
  }

  /** Where the event {@code e} of sentence {@code sentence} happened, if any rule finds a place. */
  public Optional<Location> of(int sentence, Located e, ClauseScope scope, List<Mention> mentions) {
    List<PlaceMention> named = places.get(sentence);
    Optional<PlaceMention> clause =
        mostSpecific(
            named.stream()
                .filter(p -> p.locative() && scope.sameClause(p.start(), e.verb()))
                .toList());
    if (clause.isPresent()) {
      return Optional.of(location(clause.get().place(), LocationRule.CLAUSE));
    }
    // a thing said happened where it was said, before the place its target is ("in Anchorage,
    // Putin warned Kyiv"); a strike happened where its target is
    if (isVerbal(e.code())) {
      Optional<PlaceMention> spoken = spoken(sentence, e, scope, named);
      if (spoken.isPresent()) {
        return Optional.of(location(spoken.get().place(), LocationRule.SPEECH));
      }
    }
    Optional<PlaceMention> target = targetPlace(e, named, mentions);
    if (target.isPresent()) {
      return Optional.of(location(target.get().place(), LocationRule.TARGET));
    }
    Optional<Location> targetCountry = country(e.target(), LocationRule.TARGET_COUNTRY);
    return targetCountry.isPresent()
        ? targetCountry
        : country(e.source(), LocationRule.SOURCE_COUNTRY);
  }

  /**
   * A place of the clauses around the event's or of an opening participle ("Speaking in Paris,
   * Macron urged..."), else where the quote holding the event was said.
   */
  private Optional<PlaceMention> spoken(
      int sentence, Located e, ClauseScope scope, List<PlaceMention> named) {
    int opening = openingParticiple(discourse.sentences().get(sentence).words());
    List<PlaceMention> around =
        named.stream()
            .filter(
                p ->
                    p.locative()
                        && (scope.sameOrOuterClause(p.start(), e.verb()) || p.end() <= opening))
            .toList();
    return mostSpecific(around.isEmpty() ? spokenAt(sentence, Math.max(0, e.verb())) : around);
  }

  /** The words of a sentence's opening participle up to its comma ("Speaking in Paris,"), or 0. */
  private static int openingParticiple(List<Word> words) {
    if (words.isEmpty() || !words.get(0).tag().equals("VBG")) {
      return 0;
    }
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).text().equals(",")) {
        return k;
      }
    }
    return 0;
  }

  /**
   * The place that the target's words name: the mention at the target, a place inside it, or a
   * place written as the target is; only a place in the target's country (a sea in none) counts.
   */
  private static Optional<PlaceMention> targetPlace(
      Located e, List<PlaceMention> named, List<Mention> mentions) {
    if (e.target().isNone() || e.target().value().length() < 3) {
      return Optional.empty();
    }
    int from = e.targetAt();
    int to = e.targetAt() + 1;
    for (Mention m : mentions) {
      if (m.start() <= e.targetAt() && e.targetAt() < m.end() && !m.isPronoun()) {
        from = m.start();
        to = m.end();
      }
    }
    int start = from;
    int end = to;
    String country = e.target().country();
    return mostSpecific(
        named.stream()
            .filter(
                p ->
                    (start >= 0 && p.start() < end && p.end() > start)
                        || p.text().equalsIgnoreCase(e.targetText()))
            .filter(p -> p.place().country().isEmpty() || p.place().country().equals(country))
            .toList());
  }

  /**
   * Where the quote holding word {@code word} of sentence {@code sentence} was said: the places its
   * opening sentence names before it opens, else those of the sentence before in the same
   * paragraph.
   */
  private List<PlaceMention> spokenAt(int sentence, int word) {
    List<AnnotatedSentence> sentences = discourse.sentences();
    if (word >= sentences.get(sentence).words().size()) {
      return List.of();
    }
    Optional<QuoteSpan> quote = discourse.quoteAt(sentence, word);
    if (quote.isEmpty()) {
      return List.of();
    }
    int opener = sentence;
    while (opener > 0 && sentences.get(opener).start() > quote.get().start()) {
      opener--;
    }
    AnnotatedSentence opening = sentences.get(opener);
    List<PlaceMention> before =
        places.get(opener).stream()
            .filter(
                p -> p.locative() && opening.words().get(p.end() - 1).end() <= quote.get().start())
            .toList();
    if (!before.isEmpty()
        || opener == 0
        || discourse.paragraphBreakBetween(sentences.get(opener - 1).end(), opening.start())) {
      return before;
    }
    return places.get(opener - 1).stream().filter(PlaceMention::locative).toList();
  }

  private Optional<Location> country(ActorCode code, LocationRule rule) {
    if (code.isNone() || code.value().length() < 3) {
      return Optional.empty();
    }
    return gazetteer
        .country(code.country())
        .map(
            c ->
                new Location(
                    c.name(), c.iso3(), c.lat(), c.lon(), c.geonamesId(), PlaceType.COUNTRY, rule));
  }

  /**
   * Cities before divisions and regions, those before countries and continents; then the later
   * named.
   */
  private static Optional<PlaceMention> mostSpecific(List<PlaceMention> candidates) {
    return candidates.stream()
        .min(
            Comparator.comparingInt((PlaceMention p) -> breadth(p.place()))
                .thenComparingInt(p -> -p.start()));
  }

  private static int breadth(Place place) {
    if (place.isPopulated()) {
      return 0;
    }
    if (place.isCountry()) {
      return 2;
    }
    return "CONT".equals(place.featureCode()) ? 3 : 1;
  }

  /** Quad classes 1 and 3 are things said: verbal cooperation and verbal conflict. */
  private static boolean isVerbal(CameoCode code) {
    int quad = QuadClass.of(code.value()).number();
    return quad == 1 || quad == 3;
  }

  static Location location(Place place, LocationRule rule) {
    return new Location(
        place.name(),
        place.country(),
        place.lat(),
        place.lon(),
        place.geonamesId(),
        type(place),
        rule);
  }

  private static PlaceType type(Place place) {
    if (place.isCountry()) {
      return PlaceType.COUNTRY;
    }
    if (place.isAdmin1()) {
      return PlaceType.DIVISION;
    }
    return place.isPopulated() ? PlaceType.CITY : PlaceType.REGION;
  }
}
