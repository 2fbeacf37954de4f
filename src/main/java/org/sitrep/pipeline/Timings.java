package org.sitrep.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where the pipeline's time went, summed over threads: nanoseconds per stage (annotating,
 * discourse, finding places, parsing, coding) and counts of articles, sentences and parsed
 * sentences. Read by {@code sitrep bench}.
 */
public final class Timings {
  final LongAdder annotate = new LongAdder();
  final LongAdder discourse = new LongAdder();
  final LongAdder places = new LongAdder();
  final LongAdder parse = new LongAdder();
  final LongAdder code = new LongAdder();
  final LongAdder articles = new LongAdder();
  final LongAdder sentences = new LongAdder();
  final LongAdder parsed = new LongAdder();

  public long annotateNanos() {
    return annotate.sum();
  }

  public long discourseNanos() {
    return discourse.sum();
  }

  public long placesNanos() {
    return places.sum();
  }

  public long parseNanos() {
    return parse.sum();
  }

  public long codeNanos() {
    return code.sum();
  }

  public long articles() {
    return articles.sum();
  }

  public long sentences() {
    return sentences.sum();
  }

  public long parsed() {
    return parsed.sum();
  }
}
