package org.sitrep.eval;

/**
 * Counts for precision and recall: how many predictions were matched to gold, of how many predicted
 * and how many gold. Ratios with nothing to divide by are 0.
 *
 * <pre>{@code new Tally(13, 20, 21).f1()  // 0.634}</pre>
 */
public record Tally(int matched, int predicted, int gold) {
  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "matched must be within 0..min(predicted, gold): "
              + matched
              + " of "
              + predicted
              + ", "
              + gold);
    }
  }

  public double precision() {
    return predicted == 0 ? 0.0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0.0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The micro sum of two tallies. */
  public Tally plus(Tally other) {
    return new Tally(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }
}
