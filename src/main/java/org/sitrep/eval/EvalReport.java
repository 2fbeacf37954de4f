package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores over a set of articles, micro-averaged: counts are summed over articles before any ratio
 * is taken, so a long article weighs more than a short one. Keeps each article's score so a
 * developer can see which gold events were missed and which predictions were spurious.
 *
 * <pre>{@code
 * EvalReport report = new EvalReport(List.of(Scorer.score(gold, events, quotes)));
 * System.out.print(report.format());  // ... "lenient  P 0.650  R 0.619  F1 0.634  (13 of 20 ..."
 * }</pre>
 */
public record EvalReport(List<ArticleScore> articles) implements Scores {
  public EvalReport {
    articles = List.copyOf(articles);
  }

  @Override
  public Tally lenient() {
    return sum(ArticleScore::lenient);
  }

  @Override
  public Tally exact() {
    return sum(ArticleScore::exact);
  }

  /** The missed gold events of all articles by bucket. */
  @Override
  public Map<MissCause, Integer> missedByCause() {
    return Miss.byCause(articles.stream().flatMap(a -> a.misses().stream()).toList());
  }

  /** Lenient pairs with a gold date whose date we got right. */
  @Override
  public Share dates() {
    return share(ArticleScore::dates);
  }

  /** Gold quotes we found with the right speaker. */
  @Override
  public Share quoteSpeakers() {
    return share(ArticleScore::quoteSpeakers);
  }

  /** Lenient pairs with a gold location whose location we got right. */
  @Override
  public Share locations() {
    return share(ArticleScore::locations);
  }

  /** Lenient pairs with a gold quantity whose quantity we got right. */
  @Override
  public Share quantities() {
    return share(ArticleScore::quantities);
  }

  /**
   * A plain-text report: a block per article (indented) and a summary block at the end whose lines
   * start in column 0 with the metric's name, for grep: {@code lenient P 0.650 ...}.
   */
  public String format() {
    return ReportText.render(this);
  }

  private Tally sum(Function<ArticleScore, Tally> part) {
    return articles.stream().map(part).reduce(Tally.ZERO, Tally::plus);
  }

  private Share share(Function<ArticleScore, Share> part) {
    return articles.stream().map(part).reduce(Share.ZERO, Share::plus);
  }
}
