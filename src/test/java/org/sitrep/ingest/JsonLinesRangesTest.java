package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * A JSON-lines file read in byte ranges, as {@code sitrep batch} spreads one big file over workers:
 * ranges that tile the file read every line exactly once, wherever the cuts fall.
 */
class JsonLinesRangesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64, 100, 1000, 100_000})
  void rangesThatTileAFileReadEveryArticleOnce(int rangeBytes) throws IOException {
    Path file = articles(30);
    List<Article> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    readInRanges(file, rangeBytes, read, problems);

    assertThat(problems).isEmpty();
    assertThat(read).extracting(Article::id).containsExactlyElementsOf(ids(30));
  }

  @Test
  void aBadLineInALaterRangeIsNamedByItsByte() throws IOException {
    Path file = dir.resolve("news.jsonl");
    String good = article("a1") + "\n";
    Files.writeString(file, good + "{broken\n" + article("a2") + "\n", StandardCharsets.UTF_8);
    List<Article> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    // the first cut falls just before the bad line: it starts the second range
    readInRanges(file, good.length(), read, problems);

    assertThat(read).extracting(Article::id).containsExactly("a1", "a2");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.record()).isEqualTo("line at byte " + good.length());
              assertThat(p.reason()).startsWith("malformed JSON");
            });
  }

  @Test
  void theFirstRangeNamesLinesByNumber() throws IOException {
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, article("a1") + "\nnot json\n", StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    readInRanges(file, 1_000_000, new ArrayList<>(), problems);

    assertThat(problems).extracting(Problem::record).containsExactly("line 2");
  }

  private static void readInRanges(
      Path file, long rangeBytes, List<Article> read, List<Problem> problems) throws IOException {
    ArticleReader reader = new ArticleReader(IngestOptions.defaults());
    long size = Files.size(file);
    try (FileChannel channel = FileChannel.open(file)) {
      for (long start = 0; start < size; start += rangeBytes) {
        reader.readJsonLines(
            channel,
            file.toString(),
            start,
            Math.min(size, start + rangeBytes),
            read::add,
            problems::add);
      }
    }
  }

  private Path articles(int n) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String id : ids(n)) {
      lines.append(article(id)).append('\n');
    }
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("article-" + i);
    }
    return ids;
  }

  private static String article(String id) {
    return "{\"id\":\""
        + id
        + "\",\"published\":\"2025-01-02\",\"text\":\"Russia and Ukraine held talks"
        + " on "
        + id
        + ".\"}";
  }
}
