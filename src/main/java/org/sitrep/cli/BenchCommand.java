package org.sitrep.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.bench.PipelineFigures;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.pipeline.ArticleCoder;
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

  @Option(
      names = "--repeat",
      defaultValue = "1",
      description = "Code every article this many times.")
  int repeat;

  @Override
  public Integer call() throws Exception {
    ArticleBatch.requireExisting(input.files);
    if (repeat < 1) {
      throw new UserError("--repeat must be at least 1: " + repeat);
    }
    long load = System.nanoTime();
    ArticleCoder warm = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    WarmUp.code(warm, input.files, input.defaultDate());
    System.err.printf(
        Locale.ROOT,
        "sitrep: models loaded and warmed up in %.1f s%n",
        (System.nanoTime() - load) / 1e9);

    ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    ArticleBatch batch = new ArticleBatch(coder, input.threads, System.err);
    long start = System.nanoTime();
    batch.run(input.files, input.defaultDate(), repeat, coded -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    PipelineFigures.print(System.out, coder.timings(), input.threads, batch.coded(), seconds);
    return batch.problems() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }
}
