package org.sitrep.beam;

import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.pipeline.ArticleCoder;

/**
 * The worker JVM's one article coder. Runners set a DoFn up several times per JVM (two or three
 * times each on Spark and Flink), and the models take about 1.5 GB and tens of seconds to load, so
 * every instance takes this one; the coder is safe to share between threads.
 *
 * <pre>{@code ArticleCoder coder = SharedCoder.get();}</pre>
 */
public final class SharedCoder {
  private static @Nullable ArticleCoder coder;

  private SharedCoder() {}

  /** Loads the models on first use in this JVM. */
  public static synchronized ArticleCoder get() {
    if (coder == null) {
      coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    }
    return coder;
  }
}
