package org.sitrep.eval;

import java.util.Map;

/**
 * The figures an evaluation reports, for one article or micro-averaged over many: event precision
 * and recall (lenient and exact), the shares of matched events and quotes right, and the missed
 * gold events by cause.
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

  /** How many missed gold events fall in each bucket: every bucket, in bucket order. */
  Map<MissCause, Integer> missedByCause();
}
