package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

class HtmlArticlesTest {
  static final IngestOptions OPTIONS = IngestOptions.defaults();

  @TempDir Path dir;

  @Test
  void extractsTheArticleWithoutMenusBannersAsidesOrFooters() {
    Path file = Batch.fixture(dir, "page.html");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.problems()).isEmpty();
    Article article = batch.articles().get(0);
    assertThat(article.text())
        .isEqualTo(
            "Gondor recalls its envoy from Umbar\n"
                + "MINAS TIRITH, Nov 10\n"
                + "Gondor recalled its ambassador from Umbar on Sunday after corsairs seized two"
                + " merchant ships off the coast of Belfalas.\n"
                + "The foreign ministry said the seizure was a violation of the truce signed last"
                + " spring.\n"
                + "Umbar's council did not respond to a request for comment.");
  }

  @Test
  void readsTitleDateOutletAndUrlFromTheMetadata() {
    Path file = Batch.fixture(dir, "page.html");

    Article article = Batch.read(OPTIONS, file.toString()).articles().get(0);

    assertThat(article.title()).contains("Gondor recalls its envoy from Umbar");
    // article:published_time wins over JSON-LD, and its date is taken in its own offset.
    assertThat(article.published()).contains(LocalDate.of(2024, 11, 10));
    assertThat(article.outlet()).contains("The Minas Tirith Courier");
    assertThat(article.url()).contains("https://courier.example/world/gondor-recalls-envoy");
    assertThat(article.id()).isEqualTo("page"); // a saved page is named by its file
    assertThat(article.origin()).isEqualTo(file.toString());
  }

  @Test
  void fallsBackToTheBlockWithMostParagraphText() {
    Path file = Batch.fixture(dir, "plain-page.html");

    Article article = Batch.read(OPTIONS, file.toString()).articles().get(0);

    assertThat(article.text())
        .isEqualTo(
            "Dale council meets over bridge toll\n"
                + "The council of Dale met on Friday to discuss the new toll on the bridge over"
                + " the river.\n"
                + "Merchants from Esgaroth have protested against the toll for weeks.");
    assertThat(article.title()).contains("Dale council meets");
    assertThat(article.published()).contains(LocalDate.of(2024, 11, 8));
    assertThat(article.outlet()).isEmpty();
    assertThat(article.url()).isEmpty();
  }

  @Test
  void takesTheDateFromJsonLdOrTimeWhenNoMetaGivesIt() {
    Path jsonLd =
        Batch.write(
            dir,
            "ld.html",
            "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\":"
                + " \"NewsArticle\", \"datePublished\":"
                + " \"2024-11-07T10:00:00Z\"}]}</script></head><body><article><p>Rohan sent riders"
                + " to its eastern border on Thursday.</p></article></body></html>");
    Path time =
        Batch.write(
            dir,
            "time.html",
            "<html><body><article><time datetime=\"2024-11-06\">6 November</time><p>Rohan sent"
                + " riders to its eastern border on Wednesday.</p></article></body></html>");

    Batch batch = Batch.read(OPTIONS, jsonLd.toString(), time.toString());

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles())
        .extracting(a -> a.published().orElseThrow())
        .containsExactly(LocalDate.of(2024, 11, 7), LocalDate.of(2024, 11, 6));
  }

  @Test
  void reportsAScriptOnlyPage() {
    Path file = Batch.fixture(dir, "script-only.html");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.problems())
        .containsExactly(new Problem(file.toString(), "file", "no article text found in HTML"));
  }

  @Test
  void readsAPageInTheLegacyCharsetItDeclares() throws Exception {
    Path file = dir.resolve("latin.html");
    java.nio.file.Files.write(
        file,
        ("<html><head><meta charset=\"windows-1252\"><meta name=\"date\" content=\"2024-11-05\">"
                + "</head><body><article><p>The caf\u00e9 owners of Bree said on Tuesday that"
                + " the new tax was unfair.</p></article></body></html>")
            .getBytes("windows-1252"));

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.problems()).isEmpty();
    assertThat(batch.articles().get(0).text()).contains("caf\u00e9 owners of Bree");
  }
}
