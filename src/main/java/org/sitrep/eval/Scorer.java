package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;

/**
 * Scores the events and quotes sitrep coded in one article against the article's gold.
 *
 * <ul>
 *   <li><b>lenient</b>: gold and predicted events match on (source country, target country, CAMEO
 *       root), country being the first three letters of the actor code; an event without a target
 *       matches only one without. Each gold event matches at most once; among equal candidates the
 *       one from the same sentence wins, so dates and quantities are compared on the right pair.
 *   <li><b>exact</b>: the same on (source code, target code, full CAMEO code).
 *   <li><b>dates</b>, <b>quantities</b>: judged on lenient pairs whose gold has one.
 *   <li><b>quotes</b>: each gold quote is looked up among ours by its first words (quotation marks,
 *       apostrophes, ellipsis, spacing and case folded) and is right if our speaker code is the
 *       gold's.
 *   <li><b>missed by cause</b>: each missed gold event is put in one {@link MissCause} bucket.
 * </ul>
 *
 * <pre>{@code ArticleScore score = Scorer.score(gold, codedArticle);}</pre>
 */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores one coded article; its sentences and their diagnostics say why each gold event was
   * missed.
   */
  public static ArticleScore score(GoldArticle gold, CodedArticle coded) {
    return score(gold, coded.events(), coded.quotes(), MissDiagnosis.of(coded));
  }

  /**
   * Scores one article; {@code events} and {@code quotes} are everything we coded in it. Without
   * the article's sentences, misses are bucketed as if the sentences of {@code events} were the
   * only ones, parsed, with no actors but their events'.
   */
  public static ArticleScore score(GoldArticle gold, List<Event> events, List<Quote> quotes) {
    return score(gold, events, quotes, MissDiagnosis.ofEvents(events));
  }

  private static ArticleScore score(
      GoldArticle gold, List<Event> events, List<Quote> quotes, MissDiagnosis diagnosis) {
    List<GoldEvent> goldEvents = gold.events();
    int[] lenient =
        Pairing.pair(
            goldEvents,
            events,
            (g, e) -> lenientKey(g).equals(lenientKey(e)),
            (g, e) -> Normalized.sameEvidence(g.evidence(), e.evidence().text()));
    int[] exact =
        Pairing.pair(
            goldEvents,
            events,
            (g, e) -> exactKey(g).equals(exactKey(e)),
            (g, e) -> Normalized.sameEvidence(g.evidence(), e.evidence().text()));

    List<EventPair> matched = new ArrayList<>();
    List<Miss> missed = new ArrayList<>();
    boolean[] used = new boolean[events.size()];
    for (int g = 0; g < goldEvents.size(); g++) {
      if (lenient[g] < 0) {
        missed.add(new Miss(goldEvents.get(g), diagnosis.cause(goldEvents.get(g))));
      } else {
        matched.add(new EventPair(goldEvents.get(g), events.get(lenient[g])));
        used[lenient[g]] = true;
      }
    }
    List<Event> spurious = new ArrayList<>();
    for (int p = 0; p < events.size(); p++) {
      if (!used[p]) {
        spurious.add(events.get(p));
      }
    }
    return new ArticleScore(
        gold.id(),
        new Tally(matched.size(), events.size(), goldEvents.size()),
        new Tally(paired(exact), events.size(), goldEvents.size()),
        matched,
        missed,
        spurious,
        quotes(gold.quotes(), quotes));
  }

  private static List<QuoteOutcome> quotes(List<GoldQuote> gold, List<Quote> ours) {
    boolean[] used = new boolean[ours.size()];
    List<QuoteOutcome> outcomes = new ArrayList<>();
    for (GoldQuote quote : gold) {
      String prefix = Normalized.quotation(quote.startsWith());
      Optional<Quote> found = Optional.empty();
      // First unused quote in article order, so two gold quotes never claim the same one.
      for (int i = 0; i < ours.size() && found.isEmpty(); i++) {
        if (!used[i] && Normalized.quotation(ours.get(i).text()).startsWith(prefix)) {
          used[i] = true;
          found = Optional.of(ours.get(i));
        }
      }
      outcomes.add(new QuoteOutcome(quote, found));
    }
    return outcomes;
  }

  private static int paired(int[] partners) {
    int count = 0;
    for (int partner : partners) {
      if (partner >= 0) {
        count++;
      }
    }
    return count;
  }

  /** The country part of an actor code: its first three letters. */
  static String country(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return upper.length() <= 3 ? upper : upper.substring(0, 3);
  }

  private static String upper(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  static List<String> lenientKey(GoldEvent gold) {
    return List.of(
        country(gold.source()), gold.target().map(Scorer::country).orElse(""), gold.root());
  }

  static List<String> lenientKey(Event event) {
    return List.of(
        country(event.source().code().value()),
        event.target().map(a -> a.code().value()).map(Scorer::country).orElse(""),
        event.root());
  }

  static List<String> exactKey(GoldEvent gold) {
    return List.of(upper(gold.source()), gold.target().map(Scorer::upper).orElse(""), gold.code());
  }

  static List<String> exactKey(Event event) {
    return List.of(
        upper(event.source().code().value()),
        event.target().map(a -> a.code().value()).map(Scorer::upper).orElse(""),
        event.code().value());
  }
}
