package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * The score of one article against its gold, with what went wrong: gold events no prediction
 * matched (each with the bucket of its miss), predictions that matched no gold event, and the fate
 * of each gold quote.
 *
 * <pre>
 * {@code ArticleScore s = Scorer.score(gold, coded);  // s.lenient().f1(), s.misses()}
 * </pre>
 */
public record ArticleScore(
    String article,
    Tally lenient,
    Tally exact,
    List<EventPair> matched,
    List<Miss> misses,
    List<Event> spurious,
    List<QuoteOutcome> quotes)
    implements Scores {

  public ArticleScore {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(lenient, "lenient");
    Objects.requireNonNull(exact, "exact");
    matched = List.copyOf(matched);
    misses = List.copyOf(misses);
    spurious = List.copyOf(spurious);
    quotes = List.copyOf(quotes);
  }

  /** The gold events no prediction matched, in gold order. */
  public List<GoldEvent> missed() {
    return misses.stream().map(Miss::gold).toList();
  }

  @Override
  public Map<MissCause, Integer> missedByCause() {
    return Miss.byCause(misses);
  }

  /** Lenient pairs whose gold has a date, and how many of those our date gets right. */
  @Override
  public Share dates() {
    return new Share(
        (int) matched.stream().filter(EventPair::dateRight).count(),
        (int) matched.stream().filter(EventPair::dateJudged).count());
  }

  /** Gold quotes, and how many we found with the right speaker. */
  @Override
  public Share quoteSpeakers() {
    return new Share(
        (int) quotes.stream().filter(QuoteOutcome::speakerRight).count(), quotes.size());
  }

  /** Lenient pairs whose gold names a location, and how many of those our location names. */
  @Override
  public Share locations() {
    return new Share(
        (int) matched.stream().filter(EventPair::locationRight).count(),
        (int) matched.stream().filter(EventPair::locationJudged).count());
  }

  /** Lenient pairs whose gold has a quantity, and how many of those our quantity gets right. */
  @Override
  public Share quantities() {
    return new Share(
        (int) matched.stream().filter(EventPair::quantityRight).count(),
        (int) matched.stream().filter(EventPair::quantityJudged).count());
  }
}
