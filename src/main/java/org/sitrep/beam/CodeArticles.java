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

/**
 * Codes each article with the JVM's shared {@link ArticleCoder} and emits its events and quotes as
 * the JSON lines {@code sitrep code} prints; an article that cannot be coded becomes a problem
 * line, as in {@code sitrep ingest}, and the rest go on.
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
  private transient @Nullable ArticleCoder coder;

  @Setup
  public void setup() {
    coder = SharedCoder.get();
  }

  @ProcessElement
  public void process(@Element Article article, MultiOutputReceiver out) {
    CodedArticle result;
    try {
      result = Objects.requireNonNull(coder, "set up").code(article);
    } catch (RuntimeException | StackOverflowError e) {
      // one article that breaks the coder is a problem of that article, not of the job
      Problem problem = ParallelCoder.notCoded(article, e);
      failed.inc();
      BatchCounters.problem(problem);
      BatchCounters.CODED_HERE.incrementAndGet();
      out.get(PROBLEMS).output(ProblemJson.line(problem));
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
}
