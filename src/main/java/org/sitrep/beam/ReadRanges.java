package org.sitrep.beam;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.ProblemJson;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Reads the articles of one file range with ingest's readers: a JSON-lines range line by line, any
 * other file whole by its extension. Bad records and unreadable files go to the problems output as
 * JSON lines naming file and record; they never fail the job.
 */
final class ReadRanges extends DoFn<FileRange, Article> {
  private static final long serialVersionUID = 1L;

  static final TupleTag<Article> ARTICLES = new TupleTag<>("articles");
  static final TupleTag<String> PROBLEMS = new TupleTag<>("read problems");

  private final @Nullable String defaultDate;
  private transient @Nullable ArticleReader reader;
  private final Counter read = BatchCounters.counter(BatchCounters.READ);

  /** {@code defaultDate} (YYYY-MM-DD) dates articles that carry none, as {@code --date} does. */
  ReadRanges(@Nullable String defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Setup
  public void setup() {
    IngestOptions options = IngestOptions.defaults();
    if (defaultDate != null) {
      options = options.withDefaultDate(LocalDate.parse(defaultDate));
    }
    reader = new ArticleReader(options);
  }

  @ProcessElement
  public void process(@Element FileRange range, MultiOutputReceiver out) {
    ArticleReader articleReader = java.util.Objects.requireNonNull(reader, "set up");
    Consumer<Article> articles =
        article -> {
          read.inc();
          BatchCounters.READ_HERE.incrementAndGet();
          out.get(ARTICLES).output(article);
        };
    Consumer<Problem> problems =
        problem -> {
          BatchCounters.problem(problem);
          out.get(PROBLEMS).output(ProblemJson.line(problem));
        };
    String name = range.file();
    try (ReadableByteChannel channel =
        FileSystems.open(FileSystems.matchNewResource(name, false))) {
      if (range.lines() && channel instanceof SeekableByteChannel seekable) {
        articleReader.readJsonLines(seekable, name, range.start(), range.end(), articles, problems);
      } else {
        articleReader.read(name, Channels.newInputStream(channel), articles, problems);
      }
    } catch (IOException e) {
      problems.accept(new Problem(name, "file", "cannot read: " + e));
    }
  }
}
