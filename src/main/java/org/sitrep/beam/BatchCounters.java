package org.sitrep.beam;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.sitrep.model.Problem;

/**
 * What a batch counts. Beam metrics carry the counts to the driver on every runner and make the run
 * summary; the plain counters beside them are this JVM's share, which is the whole run on the
 * DirectRunner, so the driver can show progress while the job runs.
 */
final class BatchCounters {
  static final String NAMESPACE = "sitrep";
  static final String PROBLEMS_NAMESPACE = "sitrep.problems";
  static final String READ = "articles_read";
  static final String CODED = "articles_coded";
  static final String FAILED = "articles_failed";
  static final String EVENTS = "events";
  static final String QUOTES = "quotes";
  static final String STORED = "articles_stored";
  static final String STORED_ALREADY = "articles_stored_already";

  static final AtomicLong READ_HERE = new AtomicLong();
  static final AtomicLong CODED_HERE = new AtomicLong();
  static final AtomicLong PROBLEMS_HERE = new AtomicLong();

  private BatchCounters() {}

  static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }

  /** Counts a problem under its kind of reason, for the summary's "failed with reasons". */
  static void problem(Problem problem) {
    PROBLEMS_HERE.incrementAndGet();
    Metrics.counter(PROBLEMS_NAMESPACE, reasonKind(problem.reason())).inc();
  }

  /**
   * A reason without its particulars: "unreadable publication date '2025-13-01'; write it as ..."
   * and "could not be coded: ..." count as "unreadable publication date" and "could not be coded".
   */
  static String reasonKind(String reason) {
    int cut = reason.length();
    for (String mark : new String[] {":", ";", " '", " (", ",", " at "}) {
      int at = reason.indexOf(mark);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return reason.substring(0, cut).strip();
  }

  /** Starts this JVM's progress counts afresh, for a new run in the same JVM (tests, bench). */
  static void resetHere() {
    READ_HERE.set(0);
    CODED_HERE.set(0);
    PROBLEMS_HERE.set(0);
  }
}
