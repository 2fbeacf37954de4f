package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/** What one run of the reader gave: the articles and the problems, in order. */
record Batch(List<Article> articles, List<Problem> problems) {

  static Batch read(IngestOptions options, String... args) {
    return read(new ArticleReader(options, InputStream.nullInputStream()), args);
  }

  static Batch read(ArticleReader reader, String... args) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Source source : reader.expand(List.of(args))) {
      reader.read(source, articles::add, problems::add);
    }
    return new Batch(articles, problems);
  }

  static Batch stdin(IngestOptions options, String input) {
    InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    return read(new ArticleReader(options, in), "-");
  }

  /** A fixture from src/test/resources/org/sitrep/ingest copied into {@code dir}. */
  static Path fixture(Path dir, String name) {
    try (InputStream in = Batch.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Path copy = dir.resolve(name);
      Files.copy(in, copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
