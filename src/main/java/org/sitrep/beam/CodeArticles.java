package org.sitrep.beam;

import java.util.Objects;
import java.util.OptionalLong;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.EventJson;
import org.sitrep.export.ProblemJson;
import org.sitrep.export.QuoteJson;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.pipeline.ParallelCoder;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Codes each article with the JVM's shared {@link ArticleCoder} and emits its events and quotes as
 * the JSON lines {@code sitrep code} prints; an article that cannot be coded becomes a problem
 * line, as in {@code sitrep ingest}, and the rest go on. Given a store, it also saves each coded
 * article there as ingest does: one transaction per article, and an article stored already (a
 * retried bundle, a second run) changes nothing.
 */
final class CodeArticles extends DoFn<Article, String> {
  private static final long serialVersionUID = 1L;

  static final TupleTag<String> EVENTS = new TupleTag<>("events");
  static final TupleTag<String> QUOTES = new TupleTag<>("quotes");
  static final TupleTag<String> PROBLEMS = new TupleTag<>("coding problems");

  private final Counter coded = BatchCounters.counter(BatchCounters.CODED);
  private final Counter failed = BatchCounters.counter(BatchCounters.FAILED);
  private final Counter events = BatchCounters.counter(BatchCounters.EVENTS);
  private final Counter quotes = BatchCounters.counter(BatchCounters.QUOTES);
  private final Counter stored = BatchCounters.counter(BatchCounters.STORED);
  private final Counter storedAlready = BatchCounters.counter(BatchCounters.STORED_ALREADY);
  private final @Nullable String storeUrl;
  private transient @Nullable ArticleCoder coder;
  private transient @Nullable Store store;

  /** {@code storeUrl}: the store to save coded articles into, or null for files only. */
  CodeArticles(@Nullable String storeUrl) {
    this.storeUrl = storeUrl;
  }

  @Setup
  public void setup() {
    coder = SharedCoder.get();
    store = storeUrl == null ? null : SharedStore.get(storeUrl);
  }

  @ProcessElement
  public void process(@Element Article article, MultiOutputReceiver out) {
    CodedArticle result;
    try {
      result = Objects.requireNonNull(coder, "set up").code(article);
    } catch (RuntimeException | StackOverflowError e) {
      // one article that breaks the coder is a problem of that article, not of the job
      fail(ParallelCoder.notCoded(article, e), out);
      return;
    }
    if (store != null && !saved(store, article, result, out)) {
      return;
    }
    for (Event event : result.events()) {
      out.get(EVENTS)
          .output(EventJson.line(event, OptionalLong.empty(), article.outlet(), article.url()));
    }
    for (Quote quote : result.quotes()) {
      out.get(QUOTES).output(QuoteJson.line(quote));
    }
    coded.inc();
    events.inc(result.events().size());
    quotes.inc(result.quotes().size());
    BatchCounters.CODED_HERE.incrementAndGet();
  }

  /**
   * Saves the article; false, with a problem line, when the store refuses it. Its events then go to
   * no output, so that the files and the store hold the same articles.
   */
  private boolean saved(Store into, Article article, CodedArticle result, MultiOutputReceiver out) {
    try {
      if (into.save(result)) {
        stored.inc();
      } else {
        storedAlready.inc();
      }
      return true;
    } catch (StoreException e) {
      String reason = "could not be stored: " + e.getMessage();
      fail(new Problem(article.origin(), "article " + article.id(), reason), out);
      return false;
    }
  }

  private void fail(Problem problem, MultiOutputReceiver out) {
    failed.inc();
    BatchCounters.problem(problem);
    BatchCounters.CODED_HERE.incrementAndGet();
    out.get(PROBLEMS).output(ProblemJson.line(problem));
  }
}
