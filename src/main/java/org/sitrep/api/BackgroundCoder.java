package org.sitrep.api;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleCoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article coder of a server that takes posted articles, made on a thread of its own as the
 * server starts: the language models take about a minute to load under load, which the first post
 * would otherwise wait for. One short article is coded before the coder counts as ready, since
 * CoreNLP still loads parts on first use (3.8 s for the first post after loading, 0.4 s for the
 * next, under load). A server with posting off never loads them.
 */
final class BackgroundCoder {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundCoder.class);
  private static final Article WARM_UP =
      new Article(
          "warm-up",
          Optional.of(LocalDate.of(2024, 11, 19)),
          Optional.empty(),
          Optional.empty(),
          "Russia attacked Ukraine with drones on Tuesday, the ministry in Kyiv said."
              + " Poland condemned Russia.",
          Optional.empty(),
          "language model warm-up");

  /** Where the models are; {@code /api/health} reports it in lower case. */
  enum State {
    OFF,
    LOADING,
    READY,
    FAILED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final CompletableFuture<ArticleCoder> coder;
  private final boolean on;
  private final Supplier<ArticleCoder> coders;

  private BackgroundCoder(
      CompletableFuture<ArticleCoder> coder, boolean on, Supplier<ArticleCoder> coders) {
    this.coder = coder;
    this.on = on;
    this.coders = coders;
  }

  /** No coder: posting is off. */
  static BackgroundCoder off() {
    IllegalStateException off = new IllegalStateException("posting is off");
    return new BackgroundCoder(
        CompletableFuture.failedFuture(off),
        false,
        () -> {
          throw off;
        });
  }

  /** A coder that {@link #start()} begins to make. */
  static BackgroundCoder of(Supplier<ArticleCoder> coders) {
    return new BackgroundCoder(new CompletableFuture<>(), true, coders);
  }

  /** Starts making the coder on a daemon thread (once); with posting off, does nothing. */
  void start() {
    if (!on) {
      return;
    }
    Thread loader = new Thread(this::load, "sitrep-models");
    loader.setDaemon(true);
    loader.start();
  }

  private void load() {
    long begin = System.nanoTime();
    try {
      ArticleCoder loaded = coders.get();
      warmUp(loaded);
      coder.complete(loaded);
      LOG.info("language models loaded in {} s", (System.nanoTime() - begin) / 1e9);
    } catch (RuntimeException | Error e) {
      // kept, not thrown: posts answer 503 and /api/health says "failed"
      LOG.error("cannot load the language models: posting will fail", e);
      coder.completeExceptionally(e);
    }
  }

  private static void warmUp(ArticleCoder coder) {
    try {
      coder.code(WARM_UP);
    } catch (RuntimeException e) {
      // the coder is there; a post that fails the same way will say so itself
      LOG.warn("warming up the language models failed: {}", e.toString());
    }
  }

  State state() {
    if (!on) {
      return State.OFF;
    }
    if (!coder.isDone()) {
      return State.LOADING;
    }
    return coder.isCompletedExceptionally() ? State.FAILED : State.READY;
  }

  /**
   * The coder, waiting for it while it loads.
   *
   * @throws ModelsUnavailable when it failed to load
   */
  ArticleCoder get() {
    try {
      return coder.join();
    } catch (CompletionException e) {
      throw new ModelsUnavailable(e.getCause() == null ? e : e.getCause());
    }
  }

  /** The coder could not be made; the server's log has why. */
  static final class ModelsUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelsUnavailable(Throwable cause) {
      super("the language models failed to load: " + cause, cause);
    }
  }
}
