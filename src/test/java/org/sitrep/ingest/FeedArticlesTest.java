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

class FeedArticlesTest {
  static final IngestOptions OPTIONS = IngestOptions.defaults();

  @TempDir Path dir;

  @Test
  void readsEachRssItemFieldByField() {
    Path file = Batch.fixture(dir, "feed.xml");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles())
        .containsExactly(
            new Article(
                "gd-2024-0001",
                // 00:15 at +02:00 is 10 November in UTC; the outlet's own date is kept.
                Optional.of(LocalDate.of(2024, 11, 11)),
                Optional.of("Gondor Daily: World"),
                Optional.of("Rohan sends riders to the eastern border"),
                "Rohan sent two hundred riders to its eastern border on Monday, the king's marshal"
                    + " said.\nThe move follows reports of raids on farms near the river.",
                Optional.of("https://gondor-daily.example/rohan-riders"),
                file + ": item 1"),
            new Article(
                DraftCheck.hash("https://gondor-daily.example/dale-pact"),
                Optional.of(LocalDate.of(2024, 11, 10)),
                Optional.of("Gondor Daily: World"),
                Optional.of("Dale & Esgaroth sign trade pact"),
                "Dale and Esgaroth signed a trade agreement on Sunday.\n"
                    + "Officials from both towns praised the deal.",
                Optional.of("https://gondor-daily.example/dale-pact"),
                file + ": item 3"));
  }

  @Test
  void reportsTheItemWithAnUnreadableDateAndReadsTheRest() {
    Path file = Batch.fixture(dir, "feed.xml");

    Batch batch = Batch.read(OPTIONS.withDefaultDate(LocalDate.of(2024, 11, 1)), file.toString());

    assertThat(batch.articles()).hasSize(2);
    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "item 2",
                "unreadable publication date 'sometime last week'; write it as YYYY-MM-DD"));
  }

  @Test
  void readsAtomEntriesWithPublishedOrUpdatedDates() {
    Path file = Batch.fixture(dir, "feed.atom");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.problems()).isEmpty();
    Article first = batch.articles().get(0);
    assertThat(first.id()).isEqualTo("tag:herald.example,2024:north-road");
    assertThat(first.title()).contains("Arnor reopens the north road");
    assertThat(first.text())
        .isEqualTo(
            "Arnor reopened the north road to traders on Tuesday.\n"
                + "The road had been closed since the spring floods.");
    assertThat(first.published()).contains(LocalDate.of(2024, 11, 12));
    assertThat(first.outlet()).contains("The Fornost Herald");
    assertThat(first.url()).contains("https://herald.example/north-road");
    Article second = batch.articles().get(1);
    assertThat(second.published()).contains(LocalDate.of(2024, 11, 11));
    assertThat(second.text()).startsWith("Mayors from across Eriador met in Bree on Monday");
    assertThat(second.origin()).isEqualTo(file + ": item 2");
  }

  @Test
  void reportsAnItemWithoutText() {
    Path file =
        Batch.write(
            dir,
            "notext.rss",
            "<rss version=\"2.0\"><channel><title>Bree Gazette</title><item><title>Only a"
                + " title</title><pubDate>Mon, 11 Nov 2024 08:00:00"
                + " GMT</pubDate></item><item><title>Talks</title><description>The mayor of Bree"
                + " met traders from Dale on Monday.</description><pubDate>Mon, 11 Nov 2024"
                + " 09:00:00 GMT</pubDate></item></channel></rss>");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).extracting(Article::origin).containsExactly(file + ": item 2");
    assertThat(batch.problems())
        .containsExactly(new Problem(file.toString(), "item 1", "no article text"));
  }

  @Test
  void reportsAFeedThatIsNotWellFormedOnceWithItsLine() {
    Path file = Batch.fixture(dir, "truncated-feed.xml");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).isEmpty();
    assertThat(batch.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.record()).matches("line \\d+");
              assertThat(p.reason())
                  .startsWith("not well-formed XML at line ")
                  .endsWith("is the file complete?");
            });
  }

  @Test
  void reportsXmlThatIsNotAFeed() {
    Path file = Batch.write(dir, "petrarch.xml", "<Sentences><Sentence id=\"x\"/></Sentences>");

    assertThat(Batch.read(OPTIONS, file.toString()).problems())
        .containsExactly(
            new Problem(
                file.toString(),
                "file",
                "not an RSS or Atom feed (root element <Sentences>, expected <rss> or <feed>)"));
  }

  @Test
  void sniffsAFeedOnStdin() throws Exception {
    String feed =
        new String(
            Batch.class.getResourceAsStream("feed.atom").readAllBytes(), StandardCharsets.UTF_8);

    Batch batch = Batch.stdin(OPTIONS, feed);

    assertThat(batch.articles())
        .extracting(Article::origin)
        .containsExactly("-: item 1", "-: item 2");
  }

  @Test
  void doesNotFetchExternalEntities() {
    Path file =
        Batch.write(
            dir,
            "xxe.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>T</title><item><description>&x; Rohan sent"
                + " riders east on Monday.</description><pubDate>Mon, 11 Nov 2024 08:00:00 GMT"
                + "</pubDate></item></channel></rss>");

    Batch batch = Batch.read(OPTIONS, file.toString());

    assertThat(batch.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("root:"));
  }

  @Test
  void refusesADoctypeWhoseEntitiesWouldExpandAndReadsTheNextFile() {
    // Small here; the same shape with a 100 KB entity used 50,000 times exhausts any heap.
    String entity = "<!ENTITY big \"" + "Rohan ".repeat(20) + "\">";
    Path bomb =
        Batch.write(
            dir,
            "bomb.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss ["
                + entity
                + "]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><description>"
                + "&big;".repeat(50)
                + " Rohan sent riders east.</description><pubDate>Mon, 11 Nov 2024 08:00:00 GMT"
                + "</pubDate></item></channel></rss>");
    Path good = Batch.fixture(dir, "feed.atom");

    Batch batch = Batch.read(OPTIONS, bomb.toString(), good.toString());

    assertThat(batch.problems())
        .containsExactly(
            new Problem(
                bomb.toString(),
                "line 2",
                "a DOCTYPE is refused at line 2, column 10: feeds need none"));
    assertThat(batch.articles()).extracting(Article::origin).hasSize(2);
  }
}
