package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.discourse.Mention;
import org.sitrep.geo.PlaceCandidates.Span;

/*
 * Design note. Which runs of capitalised words are taken for place names is told in
 * PlaceCandidates; whether a preposition of place introduces one, in Locatives.
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
public final class PlaceFinder {
  private final PlaceResolver resolver;
  private final PlaceCandidates candidates;

  public PlaceFinder(Gazetteer gazetteer) {
    this.resolver = new PlaceResolver(gazetteer);
    this.candidates = new PlaceCandidates(gazetteer);
  }

  /**
   * The place mentions of each sentence, in order. {@code actors} are the sentences' actor
   * mentions: their countries are context, and an actor of another country is not a place ("Hamas"
   * is not Hamm, Germany).
   */
  public List<List<PlaceMention>> find(
      List<AnnotatedSentence> sentences, List<List<Mention>> actors) {
    List<List<Span>> spans = new ArrayList<>();
    for (AnnotatedSentence sentence : sentences) {
      spans.add(candidates.spans(sentence, actors.get(sentence.index())));
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
        Optional<Place> place =
            resolver.resolveAmong(
                span.candidates(), span.name(), sentence.text(), Set.of(), Set.of());
        if (place.isPresent()) {
          readings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(place.get());
          Optional<Place> unread =
              defaults.computeIfAbsent(
                  key,
                  k ->
                      resolver.resolveAmong(
                          span.candidates(), span.name(), "", Set.of(), Set.of()));
          if (!place.equals(unread)) {
            movedReadings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(place.get());
          }
        }
      }
    }
    Map<String, Collection<Place>> contexts = new LinkedHashMap<>();
    List<List<PlaceMention>> out = new ArrayList<>();
    for (AnnotatedSentence sentence : sentences) {
      List<Span> named = spans.get(sentence.index());
      out.add(
          mentions(
              sentence,
              named,
              span ->
                  span.candidates().size() <= 1
                      ? List.of()
                      : contexts.computeIfAbsent(
                          PlaceNames.normalize(span.name()),
                          key -> context(readings, movedReadings, key)),
              actorCountries));
    }
    return out;
  }

  /** The places a sentence names, each resolved with its article context. */
  private List<PlaceMention> mentions(
      AnnotatedSentence sentence,
      List<Span> named,
      Function<Span, Collection<Place>> contextOf,
      Set<String> actorCountries) {
    int s = sentence.index();
    List<PlaceMention> mentions = new ArrayList<>();
    for (Span span : named) {
      resolver
          .resolveAmong(
              span.candidates(),
              span.name(),
              sentence.text(),
              contextOf.apply(span),
              actorCountries)
          .ifPresent(
              p ->
                  mentions.add(
                      new PlaceMention(
                          s,
                          span.start(),
                          span.end(),
                          span.name(),
                          p,
                          Locatives.isLocative(sentence.words(), span.start(), p.isSeaOrRegion())
                              && !ownsSomethingElse(sentence.words(), span.end(), named))));
    }
    return List.copyOf(mentions);
  }

  /**
   * The article's places as context for the name {@code key}, each once: other names' readings, and
   * the name's own where a sentence moved it ("Atlanta, Georgia" keeps a later "Georgia" in the
   * US). Computed once per name: an article naming Ukraine 40 times costs one context.
   */
  private static Collection<Place> context(
      Map<String, Set<Place>> readings, Map<String, Set<Place>> movedReadings, String key) {
    Set<Place> context = new LinkedHashSet<>(movedReadings.getOrDefault(key, Set.of()));
    readings.forEach(
        (other, places) -> {
          if (!other.equals(key)) {
            context.addAll(places);
          }
        });
    return context;
  }

  /**
   * The CAMEO countries of the article's coded actors, but for actors named by a place ("Georgia
   * Governor Brian Kemp"): their code came from reading the place, so they are no evidence of it.
   */
  private static Set<String> actorCountries(List<List<Mention>> actors, List<List<Span>> spans) {
    Set<String> countries = new TreeSet<>();
    for (int s = 0; s < actors.size(); s++) {
      for (Mention m : actors.get(s)) {
        boolean namedByPlace =
            spans.get(s).stream().anyMatch(p -> m.start() <= p.start() && p.end() <= m.end());
        if (m.hasActorCode()
            && m.code().orElseThrow().length() >= 3
            && !namedByPlace
            && !m.isPronoun()) {
          countries.add(m.code().orElseThrow().substring(0, 3));
        }
      }
    }
    return countries;
  }

  /**
   * "on America's strength", "in Russia's war": a place the preposition reaches only as the owner
   * of something else is not where things happen; "in Russia's Bryansk region" still is, through
   * the place that follows.
   */
  private static boolean ownsSomethingElse(List<Word> words, int end, List<Span> spans) {
    if (end >= words.size() || !words.get(end).tag().equals("POS")) {
      return false;
    }
    return spans.stream().noneMatch(other -> other.start() == end + 1);
  }
}
