package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep ingest FILE...}: articles in, coded and kept in the store. */
@Command(
    name = "ingest",
    description = {
      "Codes news articles and stores them with their sentences, events, quotes and actors."
          + " Articles already stored (same id or same text) are skipped without coding, so an"
          + " interrupted ingest picks up where it stopped when run again. Inputs as for `code`."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin ArticleInput input;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    ArticleBatch.requireExisting(input.files);
    try (Store opened = store.open()) {
      PrintStream err = System.err;
      err.println("sitrep: storing into " + opened.describe());
      ArticleBatch batch =
          new ArticleBatch(
                  () -> new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current()),
                  input.threads,
                  err)
              .skipping(opened::contains);
      long[] events = new long[2];
      batch.run(
          input.files,
          input.defaultDate(),
          1,
          coded -> {
            if (opened.save(coded)) {
              events[0]++;
              events[1] += coded.events().size();
            }
          });
      err.printf(
          Locale.ROOT,
          "sitrep: %d articles stored with %d events; %d already stored%n",
          events[0],
          events[1],
          batch.skipped() + batch.coded() - events[0]);
      return batch.problems() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }
  }
}
