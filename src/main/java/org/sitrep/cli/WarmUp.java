package org.sitrep.cli;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

  /** How much of a JSON-lines file the first article is looked for in. */
  private static final long FIRST_BYTES = 1 << 20;

  private WarmUp() {}

  static void code(ArticleCoder coder, List<String> files, Optional<LocalDate> defaultDate) {
    IngestOptions options =
        defaultDate.map(IngestOptions.defaults()::withDefaultDate).orElse(IngestOptions.defaults());
    ArticleReader reader = new ArticleReader(options);
    Article[] first = new Article[1];
    Consumer<Article> keepFirst =
        a -> {
          if (first[0] == null) {
            first[0] = a;
          }
        };
    for (var source : reader.expand(files)) {
      Optional<Path> path = source.path().filter(p -> ArticleReader.isJsonLines(p.toString()));
      if (path.isPresent()) {
        // only the lines of its first bytes: a JSON-lines input may hold gigabytes
        try (SeekableByteChannel channel = Files.newByteChannel(path.get())) {
          reader.readJsonLines(channel, source.name(), 0, FIRST_BYTES, keepFirst, p -> {});
        } catch (IOException e) {
          continue; // the run itself reports what cannot be read
        }
      } else {
        reader.read(source, keepFirst, p -> {});
      }
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
