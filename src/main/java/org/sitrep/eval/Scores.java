package org.sitrep.eval;

/**
 * The figures an evaluation reports, for one article or micro-averaged over many: event precision
 * and recall (lenient and exact), and the shares of matched events and quotes right.
 *
 * <pre>{@code scores.lenient().f1(); scores.dates().value()}</pre>
 */
public interface Scores {
  Tally lenient();

  Tally exact();

  Share dates();

  Share quoteSpeakers();

  Share quantities();

  Share locations();
}
