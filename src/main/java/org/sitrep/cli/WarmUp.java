package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleCoder;

/**
 * Codes the first article of some inputs a few times, so that the JIT has compiled the coder's hot
 * paths before a run is timed: the first dozen seconds of a cold run code a few articles a second.
 */
final class WarmUp {
  private static final int TIMES = 3;

  private WarmUp() {}

  static void code(ArticleCoder coder, List<String> files, Optional<LocalDate> defaultDate) {
    IngestOptions options =
        defaultDate.map(IngestOptions.defaults()::withDefaultDate).orElse(IngestOptions.defaults());
    ArticleReader reader = new ArticleReader(options);
    Article[] first = new Article[1];
    for (var source : reader.expand(files)) {
      reader.read(
          source,
          a -> {
            if (first[0] == null) {
              first[0] = a;
            }
          },
          p -> {});
      if (first[0] != null) {
        break;
      }
    }
    if (first[0] != null) {
      for (int i = 0; i < TIMES; i++) {
        coder.code(first[0]);
      }
    }
  }
}
