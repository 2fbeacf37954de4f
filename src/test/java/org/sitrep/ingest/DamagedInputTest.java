package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Damaged copies of every fixture (cut short, bytes overwritten, random bytes inserted) must each
 * give articles or problems and never an exception. The seed is fixed, so a failure repeats.
 */
class DamagedInputTest {
  static final IngestOptions OPTIONS =
      IngestOptions.defaults().withDefaultDate(LocalDate.of(2024, 11, 11));

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "article.json",
        "articles.jsonl",
        "page.html",
        "plain-page.html",
        "feed.xml",
        "feed.atom",
        "truncated-feed.xml"
      })
  void neverThrowsAndNeverStaysSilentOnDamagedCopies(String fixture) throws IOException {
    byte[] original;
    try (InputStream in = Batch.class.getResourceAsStream(fixture)) {
      original = in.readAllBytes();
    }
    Random random = new Random(fixture.hashCode());
    ArticleReader reader = new ArticleReader(OPTIONS);
    for (int i = 0; i < 100; i++) {
      Path file = dir.resolve(i + "-" + fixture);
      Files.write(file, damage(original, random));
      List<Article> articles = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();

      reader.read(Source.file(file), articles::add, problems::add);

      assertThat(articles.size() + problems.size()).as("output for damaged %s", file).isPositive();
    }
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] copy = original.clone();
    switch (random.nextInt(3)) {
      case 0:
        return Arrays.copyOf(copy, random.nextInt(copy.length));
      case 1:
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
      default:
        int at = random.nextInt(copy.length);
        byte[] noise = new byte[1 + random.nextInt(32)];
        random.nextBytes(noise);
        byte[] out = new byte[copy.length + noise.length];
        System.arraycopy(copy, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(copy, at, out, at + noise.length, copy.length - at);
        return out;
    }
  }
}
