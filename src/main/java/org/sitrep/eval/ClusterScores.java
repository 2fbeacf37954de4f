package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/**
 * How sitrep grouped reports into events, against gold clusters: pairwise precision, recall and F1
 * over the gold reports it coded, how many it coded (coverage), and how many contested gold events
 * it flagged, with one line per gold event.
 *
 * <pre>{@code System.out.print(scores.format());}</pre>
 */
public record ClusterScores(
    int events,
    int reports,
    int paired,
    long pairsTogether,
    long goldPairsTogether,
    long pairsRight,
    int contested,
    int contestedJudged,
    int contestedFlagged,
    List<String> perEvent) {

  public ClusterScores {
    perEvent = List.copyOf(perEvent);
  }

  /** Of the pairs put together, the share that gold puts together (1 when none were). */
  public double precision() {
    return pairsTogether == 0 ? 1 : pairsRight / (double) pairsTogether;
  }

  /** Of the pairs gold puts together, the share put together (1 when gold has none). */
  public double recall() {
    return goldPairsTogether == 0 ? 1 : pairsRight / (double) goldPairsTogether;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Of the contested gold events with two or more coded reports, the share flagged contested. */
  public double contestedFound() {
    return contestedJudged == 0 ? 0 : contestedFlagged / (double) contestedJudged;
  }

  /** The report {@code sitrep eval --clusters} prints. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (String line : perEvent) {
      out.append(line).append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "grouping: pairwise P %.3f R %.3f F1 %.3f (%d of %d pairs put together are right; gold"
                + " has %d)%n",
            precision(),
            recall(),
            f1(),
            pairsRight,
            pairsTogether,
            goldPairsTogether));
    out.append(
        String.format(
            Locale.ROOT,
            "coverage: %d of %d gold reports coded (%.3f), over %d gold events%n",
            paired,
            reports,
            reports == 0 ? 0 : paired / (double) reports,
            events));
    out.append(
        String.format(
            Locale.ROOT,
            "contested: %d of %d judged flagged (%.3f); %d contested gold events, %d with too few"
                + " coded reports to judge%n",
            contestedFlagged,
            contestedJudged,
            contestedFound(),
            contested,
            contested - contestedJudged));
    return out.toString();
  }
}
