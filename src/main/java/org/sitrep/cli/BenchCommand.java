package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.Annotator;
import org.sitrep.coding.Dictionaries;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.pipeline.Timings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep bench FILE...}: the whole pipeline's speed on this machine. */
@Command(
    name = "bench",
    description = {
      "Runs the whole pipeline over the articles on all cores (each repeated --repeat times) after"
          + " loading and warming up the models, and prints where the time went and, as its last"
          + " line: N articles in T s: X articles/s, peak heap H MB, P%% sentences parsed."
    })
final class BenchCommand implements Callable<Integer> {
  @Mixin ArticleInput input;

  @Option(names = "--repeat", defaultValue = "1", description = "Code every article this many times.")
  int repeat;

  @Override
  public Integer call() throws Exception {
    ArticleBatch.requireExisting(input.files);
    if (repeat < 1) {
      throw new UserError("--repeat must be at least 1: " + repeat);
    }
    long load = System.nanoTime();
    ArticleCoder warm = new ArticleCoder(Annotator.shared(), Dictionaries.current());
    warmUp(warm);
    System.err.printf(Locale.ROOT, "sitrep: models loaded and warmed up in %.1f s%n", (System.nanoTime() - load) / 1e9);

    ArticleCoder coder = new ArticleCoder(Annotator.shared(), Dictionaries.current());
    ArticleBatch batch = new ArticleBatch(coder, input.threads, System.err);
    long start = System.nanoTime();
    batch.run(input.files, input.defaultDate(), repeat, coded -> { });
    double seconds = (System.nanoTime() - start) / 1e9;
    Timings t = coder.timings();
    double busy = (t.annotateNanos() + t.discourseNanos() + t.placesNanos() + t.parseNanos() + t.codeNanos()) / 1e9;
    System.out.printf(Locale.ROOT,
        "threads %d; thread time: annotate %.1f s (%.0f%%), references and quotes %.1f s (%.0f%%),"
            + " places %.1f s (%.0f%%), parse %.1f s (%.0f%%), code %.1f s (%.0f%%)%n",
        input.threads, t.annotateNanos() / 1e9, share(t.annotateNanos(), busy), t.discourseNanos() / 1e9,
        share(t.discourseNanos(), busy), t.placesNanos() / 1e9, share(t.placesNanos(), busy),
        t.parseNanos() / 1e9, share(t.parseNanos(), busy), t.codeNanos() / 1e9, share(t.codeNanos(), busy));
    double parsedShare = t.sentences() == 0 ? 0 : 100.0 * t.parsed() / t.sentences();
    System.out.printf(Locale.ROOT, "%d articles in %.1f s: %.2f articles/s, peak heap %d MB, %.0f%% sentences parsed%n",
        batch.coded(), seconds, batch.coded() / seconds, peakHeapMegabytes(), parsedShare);
    return batch.problems() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }

  /** Codes the first article a few times so the JIT has compiled the hot paths before timing. */
  private void warmUp(ArticleCoder coder) {
    IngestOptions options = input.defaultDate().map(IngestOptions.defaults()::withDefaultDate).orElse(IngestOptions.defaults());
    ArticleReader reader = new ArticleReader(options);
    Article[] first = new Article[1];
    for (var source : reader.expand(input.files)) {
      reader.read(source, a -> {
        if (first[0] == null) {
          first[0] = a;
        }
      }, p -> { });
      if (first[0] != null) {
        break;
      }
    }
    if (first[0] != null) {
      for (int i = 0; i < 3; i++) {
        coder.code(first[0]);
      }
    }
  }

  private static double share(long nanos, double busySeconds) {
    return busySeconds == 0 ? 0 : 100.0 * nanos / 1e9 / busySeconds;
  }

  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
