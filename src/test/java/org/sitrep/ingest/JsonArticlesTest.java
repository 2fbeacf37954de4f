package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

class JsonArticlesTest {
  static final IngestOptions OPTIONS = IngestOptions.defaults();

  @TempDir Path dir;

  @Test
  void readsEveryFieldOfAJsonArticle() {
    Path file = Batch.fixture(dir, "article.json");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.problems()).isEmpty();
    Article article = batch.articles().get(0);
    assertThat(article.id()).isEqualTo("arnor-2024-11-11");
    assertThat(article.published()).contains(LocalDate.of(2024, 11, 11));
    assertThat(article.outlet()).contains("The Fornost Herald");
    assertThat(article.title()).contains("Arnor summons Gondor's envoy over river crossing");
    assertThat(article.text())
        .startsWith("Officials in Arnor said on Sunday")
        .contains("overnight.\nThe ministry of defence")
        .endsWith("summoned Gondor's ambassador.");
    assertThat(article.url()).contains("https://herald.example/arnor-summons-envoy");
    assertThat(article.origin()).isEqualTo(file.toString());
  }

  @Test
  void needsOnlyTextAndHashesItForTheId() {
    String text = "Rohan sent riders to its eastern border on Saturday, the marshal said.";
    Batch.write(dir, "a.json", "{\"text\": \"" + text + "\", \"published\": \"2024-11-09\"}");
    Batch.write(dir, "b.json", "{\"text\": \"" + text + "\", \"published\": \"2024-11-09\"}");

    Batch batch = Batch.read(OPTIONS, dir.toString());

    assertThat(batch.problems()).isEmpty();
    Article a = batch.articles().get(0);
    assertThat(a.id()).matches("[0-9a-f]{16}").isEqualTo(batch.articles().get(1).id());
    assertThat(a.id()).isEqualTo(DraftCheck.hash(text));
    assertThat(a.outlet()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.url()).isEmpty();
  }

  @Test
  void takesTheDateOfAFullTimestampAsWritten() {
    Path file =
        Batch.write(
            dir,
            "late.json",
            "{\"text\": \"Gondor and Rohan agreed on Monday to hold talks.\","
                + " \"published\": \"2024-11-11T23:30:00-05:00\"}");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.published()).contains(LocalDate.of(2024, 11, 11)));
  }

  @Test
  void reportsAMissingDateUnlessADefaultIsGiven() {
    Path file =
        Batch.write(dir, "undated.json", "{\"text\": \"Gondor and Rohan agreed to talk.\"}");

    Batch strict = Batch.read(OPTIONS, file.toString());
    Batch lenient = Batch.read(OPTIONS.withDefaultDate(LocalDate.of(2024, 11, 1)), file.toString());

    assertThat(strict.articles()).isEmpty();
    assertThat(strict.problems())
        .containsExactly(
            new Problem(file.toString(), "file", "no publication date: give --date YYYY-MM-DD"));
    assertThat(lenient.problems()).isEmpty();
    assertThat(lenient.articles().get(0).published()).contains(LocalDate.of(2024, 11, 1));
  }

  @Test
  void reportsAnUnreadableDateEvenWithADefault() {
    Path file =
        Batch.write(
            dir,
            "odd.json",
            "{\"text\": \"Gondor and Rohan agreed to talk.\", \"published\": \"11/11/24\"}");

    Batch batch = Batch.read(OPTIONS.withDefaultDate(LocalDate.of(2024, 11, 1)), file.toString());

    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "file",
                "unreadable publication date '11/11/24'; write it as YYYY-MM-DD"));
  }

  @Test
  void reportsTruncatedJsonWithLineAndColumn() {
    Path file =
        Batch.write(
            dir, "cut.json", "{\n  \"published\": \"2024-11-11\",\n  \"text\": \"Gondor and");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.record()).isEqualTo("file");
              assertThat(p.reason())
                  .startsWith("malformed JSON at line 3, column ")
                  .contains("end-of-input");
            });
  }

  @Test
  void reportsAKeyGivenTwiceWhereItIs() {
    Path file =
        Batch.write(
            dir,
            "twice.json",
            "{\"published\": \"2024-11-11\",\n \"text\": \"Gondor and Rohan.\",\n"
                + " \"text\": \"Rohan alone.\"}");

    assertThat(Batch.read(OPTIONS, file.toString()).problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.reason())
                    .startsWith("malformed JSON at line 3, column ")
                    .contains("Duplicate field 'text'"));
  }

  @Test
  void reportsAJsonArticleWithoutText() {
    Path file =
        Batch.write(dir, "notext.json", "{\"title\": \"Gondor\", \"published\": \"2024-11-11\"}");

    assertThat(Batch.read(OPTIONS, file.toString()).problems())
        .containsExactly(
            new Problem(
                file.toString(), "file", "no \"text\" field; every article needs its text"));
  }

  @Test
  void reportsWhitespaceOnlyText() {
    Path file =
        Batch.write(dir, "blank.json", "{\"text\": \" \\n\\t \", \"published\": \"2024-11-11\"}");

    assertThat(Batch.read(OPTIONS, file.toString()).problems())
        .containsExactly(new Problem(file.toString(), "file", "article text is only whitespace"));
  }

  @Test
  void skipsTruncatedJsonLineAndKeepsTheRest() {
    Path file = Batch.fixture(dir, "articles.jsonl");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).extracting(Article::id).containsExactly("a1", "a3");
    assertThat(batch.articles())
        .extracting(Article::origin)
        .containsExactly(file + ": line 1", file + ": line 4");
    assertThat(batch.articles().get(1).published()).contains(LocalDate.of(2024, 11, 11));
    assertThat(batch.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.record()).isEqualTo("line 2");
              assertThat(p.reason()).startsWith("malformed JSON at column ");
            });
  }

  @Test
  void reportsABadByteInOneJsonLineAtItsFileOffset() throws Exception {
    byte[] good =
        "{\"text\": \"Rohan sent riders east.\", \"published\": \"2024-11-09\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "{\"text\": \"caf\u00e9 owners protest\", \"published\": \"2024-11-09\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length + good.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    Path file = dir.resolve("mixed.jsonl");
    java.nio.file.Files.write(file, all);

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).hasSize(2);
    int offset = good.length + "{\"text\": \"caf".length();
    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "line 2",
                "not UTF-8 text (byte 0xE9 at offset "
                    + offset
                    + "); convert it to UTF-8 or leave it out"));
  }

  @Test
  void readsJsonLinesFromStdinWithLineOrigins() {
    String input =
        "{\"id\": \"s1\", \"published\": \"2024-11-09\", \"text\": \"Rohan sent riders east.\"}\n"
            + "{\"id\": \"s2\", \"published\": \"2024-11-10\", \"text\": \"Dale met Esgaroth.\"}\n";

    Batch batch = Batch.stdin(OPTIONS, input);

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles())
        .extracting(Article::origin)
        .containsExactly("-: line 1", "-: line 2");
  }

  @Test
  void readsAPrettyPrintedJsonArticleFromStdin() {
    String input =
        "{\n  \"published\": \"2024-11-09\",\n  \"text\": \"Rohan sent riders east.\"\n}\n";

    Batch batch = Batch.stdin(OPTIONS, input);

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.origin()).isEqualTo("-");
              assertThat(a.id()).isEqualTo(DraftCheck.hash("Rohan sent riders east."));
            });
  }

  @Test
  void readsTextFileWithItsNameAsIdAndTheDefaultDate() {
    Path file =
        Batch.write(
            dir, "gondor-talks.txt", "Gondor and Rohan agreed on Monday to hold talks.\n\n");

    Batch batch = Batch.read(OPTIONS.withDefaultDate(LocalDate.of(2024, 11, 11)), file.toString());

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles())
        .containsExactly(
            new Article(
                "gondor-talks",
                Optional.of(LocalDate.of(2024, 11, 11)),
                Optional.empty(),
                Optional.empty(),
                "Gondor and Rohan agreed on Monday to hold talks.",
                Optional.empty(),
                file.toString()));
  }
}
