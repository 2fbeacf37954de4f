package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.export.PolecatTsv;

/**
 * {@code sitrep ingest} on the bundled samples: stored once, queried back, and whole after a kill
 * -9 at any moment.
 */
@NeedsModels
class IngestCommandTest {
  private static final String SAMPLES = "samples/articles";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static String reference;
  private static CliRun first;

  @BeforeAll
  static void ingestTheSamplesOnce() {
    reference = folder.resolve("reference.db").toString();
    first = CliRun.of("ingest", "--db", reference, SAMPLES);
  }

  @Test
  void storesEveryArticleOfTheSamples() throws Exception {
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("10 articles stored");
    assertThat(count(reference, "SELECT COUNT(*) FROM articles")).isEqualTo(10);
    assertThat(count(reference, "SELECT COUNT(*) FROM events")).isPositive();
    assertThat(count(reference, "SELECT COUNT(*) FROM mentions"))
        .isGreaterThanOrEqualTo(count(reference, "SELECT COUNT(*) FROM events"));
  }

  @Test
  void reIngestingAddsNothing() throws Exception {
    List<String> before = mentions(reference);

    CliRun again = CliRun.of("ingest", "--db", reference, SAMPLES);

    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("0 articles stored", "10 already stored");
    assertThat(mentions(reference)).isEqualTo(before);
  }

  @Test
  void aKilledIngestLosesNothingAndTheNextRunFinishesIt() throws Exception {
    String db = folder.resolve("killed.db").toString();
    Process ingest =
        new ProcessBuilder(CliRun.javaCommand("ingest", "--db", db, "--threads", "1", SAMPLES))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("killed.log").toFile())
            .start();
    // Kill it as soon as something is stored: mid-batch, most likely mid-transaction of the next.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (storedArticles(db) == 0 && ingest.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    ingest.destroyForcibly().waitFor();
    int survived = storedArticles(db);
    assertThat(survived).as("articles stored before the kill").isBetween(1, 9);
    assertWhole(db);

    CliRun resumed = CliRun.of("ingest", "--db", db, SAMPLES);

    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains(survived + " skipped (already stored)");
    assertWhole(db);
    // Dates are left out: CoreNLP's SUTime keeps state from one article to the next (CoreNLP issue
    // 1061: a tense rule tags the shared "Monday" value), so a relative weekday can resolve
    // differently in a JVM that annotated other articles first. What a kill must not change is
    // which events are stored; that dating is not yet independent of article order is a known bug.
    assertThat(mentions(db)).isEqualTo(mentions(reference));
  }

  @Test
  void printsStoredEventsInEveryFormat() throws Exception {
    CliRun jsonl = CliRun.of("events", "--db", reference, "--actor", "RUS", "--format", "jsonl");
    assertThat(jsonl.exit()).isZero();
    assertThat(jsonl.outLines())
        .isNotEmpty()
        .allSatisfy(
            line -> {
              JsonNode event = JSON.readTree(line);
              String source = event.get("source").get("code").asText();
              String target =
                  event.get("target").isNull() ? "" : event.get("target").get("code").asText();
              assertThat(source.startsWith("RUS") || target.startsWith("RUS")).as(line).isTrue();
              Set<String> fields = new HashSet<>();
              event.fieldNames().forEachRemaining(fields::add);
              assertThat(fields).as(line).isEqualTo(RecordFormatDoc.fields("Event line"));
              assertThat(event.get("id").isIntegralNumber()).as(line).isTrue();
            });

    CliRun csv = CliRun.of("events", "--db", reference, "--actor", "RUS", "--format", "csv");
    assertThat(csv.outLines().get(0)).startsWith("article,outlet,sentence,date");
    assertThat(csv.outLines()).hasSize(jsonl.outLines().size() + 1);

    CliRun gdelt =
        CliRun.of(
            "events", "--db", reference, "--actor", "RUS", "--format", "gdelt", "--limit", "2");
    assertThat(gdelt.outLines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));

    CliRun plover = CliRun.of("events", "--db", reference, "--actor", "RUS", "--format", "plover");
    assertThat(plover.exit()).as(plover.err()).isZero();
    assertThat(plover.outLines().get(0)).isEqualTo(PolecatTsv.HEADER);
    int published = PolecatTsv.COLUMNS.indexOf("Publication Date");
    assertThat(plover.outLines().subList(1, plover.outLines().size()))
        .isNotEmpty()
        .allSatisfy(
            row ->
                // the store's events know their article's date through the article
                assertThat(row.split("\t", -1)[published])
                    .as(row)
                    .matches("20\\d\\d-\\d\\d-\\d\\d"));
    assertThat(plover.outLines().size() - 1)
        .isEqualTo(
            (int)
                jsonl.outLines().stream()
                    .filter(line -> !line.contains("\"plover\":null"))
                    .count());

    CliRun table = CliRun.of("events", "--db", reference, "--actor", "RUS", "--root", "19");
    assertThat(table.outLines().get(0))
        .startsWith("date")
        .contains("source", "code", "event", "target", "sentence");
    // the CAMEO name beside each code: every root 19 name is some kind of fighting
    assertThat(table.outLines().get(1)).containsAnyOf("military", "weapons", "fight", "Fight");
    assertThat(table.outLines()).hasSizeGreaterThan(1);
  }

  @Test
  void printsQuotesAndActors() {
    CliRun quotes = CliRun.of("quotes", "--db", reference, "--format", "jsonl", "--limit", "3");
    assertThat(quotes.exit()).isZero();
    assertThat(quotes.outLines())
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("\"type\":\"quote\""));

    CliRun actors = CliRun.of("actors", "--db", reference, "--match", "UKR");
    assertThat(actors.exit()).isZero();
    assertThat(actors.outLines().get(0)).startsWith("code");
    assertThat(actors.outLines().subList(1, actors.outLines().size()))
        .allSatisfy(
            line ->
                assertThat(line)
                    .satisfiesAnyOf(
                        l -> assertThat(l).startsWith("UKR"),
                        l -> assertThat(l).containsIgnoringCase("ukr")));
  }

  @Test
  void namesActorsByTheirNamesNotTheWordsThatFirstNamedThem() throws Exception {
    // the samples name RUSGOV "the Kremlin war" (machine) in one event, and Putin "Putin"
    CliRun actors =
        CliRun.of("actors", "--db", reference, "--match", "RUSGOV", "--format", "jsonl");
    assertThat(JSON.readTree(actors.outLines().get(0)).get("name").asText())
        .isEqualTo("Russia government");

    CliRun events =
        CliRun.of("events", "--db", reference, "--actor", "RUSGOV", "--format", "jsonl");
    List<JsonNode> sources = new ArrayList<>();
    for (String line : events.outLines()) {
      sources.add(JSON.readTree(line).get("source"));
    }
    assertThat(sources)
        .anySatisfy(
            s -> {
              assertThat(s.get("text").asText()).isEqualTo("Putin");
              assertThat(s.get("name").asText()).isEqualTo("Vladimir Putin");
            });

    CliRun gdelt = CliRun.of("events", "--db", reference, "--actor", "RUSGOV", "--format", "gdelt");
    // GDELT's Actor1Name and Actor2Name, the 7th and 17th columns
    List<String> names = new ArrayList<>();
    for (String line : gdelt.outLines()) {
      String[] cells = line.split("\t", -1);
      names.add(cells[6]);
      names.add(cells[16]);
    }
    assertThat(names)
        .contains("VLADIMIR PUTIN", "KREMLIN")
        .doesNotContain("PUTIN", "THE KREMLIN WAR");
  }

  @Test
  void aQueryWhereNoStoreExistsSaysSoAndCreatesNone(@TempDir Path empty) {
    Path missing = empty.resolve("sitrep.db");

    for (String command : List.of("events", "quotes", "actors")) {
      CliRun run = CliRun.of(command, "--db", missing.toString());

      assertThat(run.exit()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .as(command)
          .isEqualTo(
              "sitrep: "
                  + missing
                  + ": no store here; fill one with 'sitrep ingest --db "
                  + missing
                  + " FILE...' or name an existing one with --db\n");
      assertThat(run.out()).as(command).isEmpty();
      assertThat(missing).as(command).doesNotExist();
    }
  }

  @Test
  void refusesABadFilterNamingTheOption() {
    CliRun bad = CliRun.of("events", "--db", reference, "--from", "last week");

    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--from", "YYYY-MM-DD").doesNotContain("Exception");
  }

  /** Every stored article has all its sentences, and the file is sound. */
  private static void assertWhole(String db) throws SQLException {
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM articles a WHERE a.sentences <>"
                    + " (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)"))
        .isZero();
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.id = e.article_id)"))
        .isZero();
    // every report belongs to an event whose counts are those of its reports
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM events e WHERE e.mentions <>"
                    + " (SELECT COUNT(*) FROM mentions m WHERE m.event_id = e.id)"
                    + " OR e.articles <> (SELECT COUNT(DISTINCT m.article_id) FROM mentions m"
                    + " WHERE m.event_id = e.id)"))
        .isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
  }

  private static List<String> mentions(String db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                // each article's reports: which events they were merged into depends on the order
                // the articles came in, what was coded from each does not
                "SELECT article_id, sentence_idx, source_code, target_code, code, evidence_text"
                    + " FROM mentions ORDER BY article_id, sentence_idx, code, source_code, target_code")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getInt(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5)
                + " "
                + rs.getString(6));
      }
    }
    return rows;
  }

  private static int storedArticles(String db) {
    if (!new File(db).exists()) {
      return 0;
    }
    try {
      return count(db, "SELECT COUNT(*) FROM articles");
    } catch (SQLException e) {
      return 0; // not yet migrated
    }
  }

  private static int count(String db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
