package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

class ArticleReaderTest {
  static final IngestOptions OPTIONS =
      IngestOptions.defaults().withDefaultDate(LocalDate.of(2024, 11, 11));
  static final String ENGLISH =
      "Gondor and Rohan agreed on Monday to hold talks in Edoras next week.";

  @TempDir Path dir;

  @Test
  void expandsFoldersRecursivelySortedSkippingHiddenAndUnknownFiles() {
    Batch.write(dir, "news/b.txt", ENGLISH);
    Batch.write(dir, "news/a.json", "{\"text\": \"" + ENGLISH + "\"}");
    Batch.write(dir, "news/sub/c.jsonl", "{\"text\": \"" + ENGLISH + "\"}\n");
    Batch.write(dir, "news/.hidden.json", "{}");
    Batch.write(dir, "news/.git/d.json", "{}");
    Batch.write(dir, "news/notes.docx", "not read");

    List<Source> sources =
        new ArticleReader(OPTIONS).expand(List.of(dir.resolve("news").toString(), "-"));

    assertThat(sources)
        .extracting(Source::name)
        .containsExactly(
            dir.resolve("news/a.json").toString(),
            dir.resolve("news/b.txt").toString(),
            dir.resolve("news/sub/c.jsonl").toString(),
            "-");
    assertThat(sources.get(3).isStdin()).isTrue();
  }

  @Test
  void reportsHowManyBytesOfAFileWereReadAsItIsRead() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines
          .append("{\"id\": \"a")
          .append(i)
          .append("\", \"text\": \"")
          .append(ENGLISH)
          .append("\"}\n");
    }
    Path file = Batch.write(dir, "many.jsonl", lines.toString());
    List<Long> reported = new java.util.ArrayList<>();
    int[] articles = new int[1];

    new ArticleReader(OPTIONS)
        .reportingBytesRead(reported::add)
        .read(Source.file(file), article -> articles[0]++, problem -> {});

    assertThat(articles[0]).isEqualTo(2000);
    assertThat(reported).hasSizeGreaterThan(2).isSorted();
    assertThat(reported.get(reported.size() - 1)).isEqualTo(Files.size(file));
  }

  @Test
  void reportsAFileNamedExplicitlyWithAnUnknownExtension() {
    Path file = Batch.write(dir, "notes.docx", ENGLISH);

    assertThat(Batch.read(OPTIONS, file.toString()).problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "file",
                "unknown file type; sitrep reads .json, .jsonl, .txt, .html, .htm, .xml, .rss,"
                    + " .atom"));
  }

  @Test
  void reportsAMissingFile() {
    String missing = dir.resolve("nope.json").toString();

    assertThat(Batch.read(OPTIONS, missing).problems())
        .containsExactly(new Problem(missing, "file", "cannot read: no such file"));
  }

  @Test
  void reportsAnEmptyFileInAFolderAndReadsTheOthers() {
    Batch.write(dir, "a.txt", ENGLISH);
    Path empty = Batch.write(dir, "b.json", "");
    Path blank = Batch.write(dir, "c.txt", "  \n\t\n");
    Batch.write(dir, "d.txt", ENGLISH);

    Batch batch = Batch.read(OPTIONS, dir.toString());

    assertThat(batch.articles()).extracting(Article::id).containsExactly("a", "d");
    assertThat(batch.problems())
        .containsExactly(
            new Problem(empty.toString(), "file", "empty file"),
            new Problem(blank.toString(), "file", "empty file (only whitespace)"));
  }

  @Test
  void reportsABinaryFileByItsFirstBadByte() throws Exception {
    Batch.write(dir, "a.txt", ENGLISH);
    Path binary = dir.resolve("b.txt");
    Files.write(binary, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF});
    Path latin1 = dir.resolve("c.txt");
    Files.write(
        latin1,
        "Caf\u00e9 owners in Bree protested on Monday.".getBytes(StandardCharsets.ISO_8859_1));
    Path jsonl = dir.resolve("d.jsonl");
    Files.write(jsonl, new byte[] {'{', 0, 0, 0, '}', '\n', '{', '}', '\n'});

    Batch batch = Batch.read(OPTIONS, dir.toString());

    assertThat(batch.articles()).extracting(Article::id).containsExactly("a");
    String hint = "; convert it to UTF-8 or leave it out";
    assertThat(batch.problems())
        .containsExactly(
            new Problem(binary.toString(), "file", "not UTF-8 text (byte 0x00 at offset 4)" + hint),
            new Problem(latin1.toString(), "file", "not UTF-8 text (byte 0xE9 at offset 3)" + hint),
            new Problem(jsonl.toString(), "file", "not UTF-8 text (byte 0x00 at offset 1)" + hint));
  }

  @Test
  void rejectsAFiftyMegabyteTextFileWithoutReadingIt() throws Exception {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      // Sparse: if the reader read it, it would also see NUL bytes and say "not UTF-8".
      file.setLength(50_000_000);
    }
    Batch.write(dir, "small.txt", ENGLISH);

    Batch batch =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Batch.read(OPTIONS, dir.toString()));

    assertThat(batch.articles()).extracting(Article::id).containsExactly("small");
    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                huge.toString(),
                "file",
                "article too large: 50 MB, limit 1 MB; split it into articles"));
  }

  @Test
  void rejectsTextOverTheCharacterLimitThatPassedTheByteCheck() {
    IngestOptions small = new IngestOptions(OPTIONS.defaultDate(), 100);
    String text = ENGLISH + " " + ENGLISH;
    Path file = Batch.write(dir, "long.txt", text + "\n");

    assertThat(Batch.read(small, file.toString()).problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "file",
                "article too large: "
                    + text.length()
                    + " characters, limit 100 characters;"
                    + " split it into articles"));
  }

  @Test
  void reportsARussianArticleAndKeepsTheEnglishOnes() {
    Path file =
        Batch.write(
            dir,
            "mixed.jsonl",
            "{\"id\": \"en\", \"text\": \""
                + ENGLISH
                + "\"}\n"
                + "{\"id\": \"ru\", \"text\": \"Министр обороны заявил в воскресенье, что"
                + " переговоры возобновятся на следующей неделе.\"}\n"
                + "{\"id\": \"en2\", \"text\": \""
                + ENGLISH
                + "\"}\n");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).extracting(Article::id).containsExactly("en", "en2");
    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "line 2",
                "not English (looks like Cyrillic-script text); sitrep codes English news"));
  }

  @Test
  void readsPlainTextFromStdin() {
    Batch batch = Batch.stdin(OPTIONS, ENGLISH + "\n");

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(DraftCheck.hash(ENGLISH));
              assertThat(a.origin()).isEqualTo("-");
            });
  }

  @Test
  void reportsEmptyStdin() {
    assertThat(Batch.stdin(OPTIONS, "").problems())
        .containsExactly(new Problem("-", "file", "empty file"));
  }
}
