package org.sitrep.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;
import org.sitrep.watch.FetchPolicy;
import org.sitrep.watch.Fetcher;
import org.sitrep.watch.Sleeper;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Option;

/** The options of {@code watch} and {@code serve --watch}: interval, timeout, private addresses. */
final class WatchOptions {
  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--every",
      defaultValue = "15m",
      converter = DurationConverter.class,
      description = "Poll interval (default ${DEFAULT-VALUE}; 90s, 15m, 2h...).")
  Duration every;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--timeout",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "Longest wait for one whole answer from a feed or page (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--allow-private",
      description =
          "Also fetch from loopback and private addresses (feeds on your own network); off by"
              + " default so a feed cannot steer sitrep at internal services.")
  boolean allowPrivate;

  /** A watcher storing into {@code store}, coding with the shared language models. */
  Watcher watcher(Store store, PrintStream err) {
    FetchPolicy policy = FetchPolicy.defaults().withTimeout(timeout);
    if (allowPrivate) {
      policy = policy.allowingPrivate();
    }
    Clock clock = Clock.systemUTC();
    return new Watcher(
        store,
        new Fetcher(policy, clock, Sleeper.REAL),
        () -> new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current())::code,
        every,
        clock,
        err);
  }
}
