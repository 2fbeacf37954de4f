package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Source;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.pipeline.ParallelCoder;

/**
 * Reads articles from files, folders or stdin, codes them on several threads and hands each coded
 * article on in input order. Problems (a bad file, a bad record, an article that fails) are printed
 * to stderr as they come and counted; progress goes to stderr every few seconds.
 */
final class ArticleBatch {
  private final Supplier<ArticleCoder> coders;
  private final int threads;
  private final PrintStream err;
  private Predicate<Article> done = article -> false;
  private int problems;
  private int coded;
  private int skipped;

  ArticleBatch(ArticleCoder coder, int threads, PrintStream err) {
    this(() -> coder, threads, err);
  }

  /** A batch whose coder is made only if some article needs coding. */
  ArticleBatch(Supplier<ArticleCoder> coders, int threads, PrintStream err) {
    this.coders = coders;
    this.threads = threads;
    this.err = err;
  }

  /**
   * Articles for which {@code done} holds are counted as skipped and not coded: an ingest that was
   * stopped picks up where it was, and a re-ingest costs only the reading.
   */
  ArticleBatch skipping(Predicate<Article> done) {
    this.done = done;
    return this;
  }

  /** Fails fast on a path that does not exist: a typo, not a bad article. */
  static void requireExisting(List<String> paths) {
    for (String path : paths) {
      if (!path.equals("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(path))) {
        throw new UserError(path + ": no such file");
      }
    }
  }

  /** Reads every source; {@code repeat} times each article (for benchmarks), else once. */
  void run(List<String> paths, Optional<LocalDate> date, int repeat, Consumer<CodedArticle> sink) {
    IngestOptions options =
        date.map(IngestOptions.defaults()::withDefaultDate).orElse(IngestOptions.defaults());
    ArticleReader reader = new ArticleReader(options);
    List<Source> sources = reader.expand(paths);
    Progress progress = new Progress(err, sources.size(), repeat * totalBytes(sources));
    long[] before = new long[1]; // bytes of the files read whole
    reader.reportingBytesRead(n -> progress.bytesRead(before[0] + n));
    Consumer<Problem> report =
        problem -> {
          problems++;
          err.println("sitrep: " + problem.describe());
        };
    try (ParallelCoder parallel =
        new ParallelCoder(
            coders,
            threads,
            article -> {
              coded++;
              progress.coded(coded, skipped, problems);
              sink.accept(article);
            },
            report)) {
      for (int round = 0; round < repeat; round++) {
        for (int i = 0; i < sources.size(); i++) {
          Source source = sources.get(i);
          int r = round;
          Consumer<Article> submit =
              article -> {
                Article next = r == 0 ? article : copy(article, r);
                if (done.test(next)) {
                  skipped++;
                } else {
                  progress.submitted();
                  parallel.submit(next);
                }
              };
          reader.read(source, submit, report);
          before[0] += size(source);
          progress.filesRead(round * sources.size() + i + 1, repeat * sources.size());
        }
      }
    }
    progress.done(coded, skipped, problems);
  }

  int problems() {
    return problems;
  }

  private static long totalBytes(List<Source> sources) {
    return sources.stream().mapToLong(ArticleBatch::size).sum();
  }

  private static long size(Source source) {
    try {
      return source.path().isPresent() ? java.nio.file.Files.size(source.path().get()) : 0;
    } catch (java.io.IOException e) {
      return 0; // reported as a problem when it is read
    }
  }

  int coded() {
    return coded;
  }

  int skipped() {
    return skipped;
  }

  private static Article copy(Article article, int round) {
    return new Article(
        article.id() + "#" + round,
        article.published(),
        article.outlet(),
        article.title(),
        article.text(),
        article.url(),
        article.origin());
  }

  /** Counts, rate and ETA on stderr, at most every few seconds, so long runs show they move. */
  private static final class Progress {
    private static final long EVERY_NANOS = 3_000_000_000L;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long last = start;
    private final long bytesTotal;
    private int filesRead;
    private int filesTotal;
    private long bytesRead;
    private int submitted;

    Progress(PrintStream err, int files, long bytesTotal) {
      this.err = err;
      this.filesTotal = files;
      this.bytesTotal = bytesTotal;
    }

    void bytesRead(long read) {
      bytesRead = read;
    }

    void submitted() {
      submitted++;
    }

    void filesRead(int read, int total) {
      filesRead = read;
      filesTotal = total;
    }

    void coded(int coded, int skipped, int problems) {
      long now = System.nanoTime();
      if (now - last < EVERY_NANOS) {
        return;
      }
      last = now;
      double seconds = (now - start) / 1e9;
      double rate = coded / seconds;
      String done = "";
      if (bytesTotal > 0 && bytesRead > 0 && submitted > 0) {
        // By bytes, not files: one JSON lines file may hold the whole batch. Reading runs ahead of
        // coding by the articles in flight, so the share read counts only what was coded of it.
        double share = (double) bytesRead / bytesTotal * coded / submitted;
        done =
            String.format(
                Locale.ROOT,
                ", %.0f%% done, ETA %.0f s",
                100 * share,
                seconds * (1 - share) / share);
      } else if (filesRead > 0 && filesRead < filesTotal) {
        done =
            String.format(
                Locale.ROOT, ", ETA %.0f s", seconds * (filesTotal - filesRead) / filesRead);
      }
      err.printf(
          Locale.ROOT,
          "sitrep: %d articles coded, %s%d problems, %.1f articles/s, file %d of %d%s%n",
          coded,
          skipped == 0 ? "" : skipped + " already stored, ",
          problems,
          rate,
          Math.min(filesRead + 1, filesTotal),
          filesTotal,
          done);
    }

    void done(int coded, int skipped, int problems) {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(
          Locale.ROOT,
          "sitrep: %d articles coded in %.1f s, %s%d problems%n",
          coded,
          seconds,
          skipped == 0 ? "" : skipped + " skipped (already stored), ",
          problems);
    }
  }
}
