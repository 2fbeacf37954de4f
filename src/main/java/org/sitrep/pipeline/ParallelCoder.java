package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

/**
 * Codes articles on several threads and hands each result on in the order the articles came in, so
 * output is the same whatever the thread count. At most a few articles per thread are in flight, so
 * a stream of any length codes in bounded memory. An article whose coding fails becomes a {@link
 * Problem}; the others go on.
 *
 * <pre>{@code
 * try (ParallelCoder parallel = new ParallelCoder(coder, 2, sink, problems)) {
 *   articles.forEach(parallel::submit);
 * }
 * }</pre>
 */
public final class ParallelCoder implements AutoCloseable {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Supplier<ArticleCoder> coders;
  private @Nullable ArticleCoder coder;
  private final ExecutorService pool;
  private final int limit;
  private final Consumer<CodedArticle> sink;
  private final Consumer<Problem> problems;
  private final Deque<Pending> pending = new ArrayDeque<>();

  private record Pending(Article article, Future<CodedArticle> result) {}

  public ParallelCoder(
      ArticleCoder coder, int threads, Consumer<CodedArticle> sink, Consumer<Problem> problems) {
    this(() -> coder, threads, sink, problems);
  }

  /**
   * The coder is made when the first article comes: a run whose articles are all skipped never
   * loads the language models.
   */
  public ParallelCoder(
      Supplier<ArticleCoder> coders,
      int threads,
      Consumer<CodedArticle> sink,
      Consumer<Problem> problems) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.coders = coders;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sitrep-coder");
              t.setDaemon(true);
              return t;
            });
    this.limit = threads * IN_FLIGHT_PER_THREAD;
    this.sink = sink;
    this.problems = problems;
  }

  /** Queues an article; blocks while too many are in flight, handing finished ones on. */
  public void submit(Article article) {
    if (coder == null) {
      coder = coders.get();
    }
    ArticleCoder loaded = coder;
    pending.addLast(new Pending(article, pool.submit(() -> loaded.code(article))));
    while (pending.size() >= limit
        || (!pending.isEmpty() && pending.peekFirst().result().isDone())) {
      deliver(pending.removeFirst());
    }
  }

  /** Waits for every queued article and hands it on. */
  @Override
  public void close() {
    while (!pending.isEmpty()) {
      deliver(pending.removeFirst());
    }
    pool.shutdown();
  }

  private void deliver(Pending p) {
    try {
      sink.accept(p.result().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding " + p.article().origin(), e);
    } catch (ExecutionException e) {
      problems.accept(notCoded(p.article(), Objects.requireNonNull(e.getCause())));
    }
  }

  /** The problem an article becomes when coding it threw {@code cause}. */
  public static Problem notCoded(Article article, Throwable cause) {
    String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new Problem(
        article.origin(), "article " + article.id(), "could not be coded: " + reason);
  }
}
