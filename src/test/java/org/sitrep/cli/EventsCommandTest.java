package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventCsv;
import org.sitrep.export.GdeltMentionsTsv;
import org.sitrep.export.GdeltTsv;
import org.sitrep.model.Quantity;
import org.sitrep.store.Articles;
import org.sitrep.store.Store;

/**
 * {@code sitrep events} over a real SQLite store where one drone strike is told by three articles
 * of two outlets with two figures, and a statement of praise by one: the merged event's line, its
 * mentions, its filters and every export.
 */
class EventsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STRIKE_DAY = "2025-03-07";

  @TempDir static Path folder;
  private static String db;
  private static String lateReport;

  @BeforeAll
  static void storeTheReports() {
    db = folder.resolve("events.db").toString();
    try (Store store = Store.open(db)) {
      store.save(
          Articles.article("reuters-1", "2025-03-08", "Reuters")
              .event(
                  "Russian forces fired 34 drones at Kyiv overnight.",
                  STRIKE_DAY,
                  "RUSMIL",
                  "UKR",
                  "195",
                  4,
                  -10.0,
                  Optional.of(new Quantity(34, "drones", "34 drones")),
                  Optional.empty())
              .coded());
      store.save(
          Articles.article("afp-1", "2025-03-08", "AFP")
              .event("The day before, talks were planned.", "2025-03-06", "FRA", "DEU", "036", 1, 4)
              .event(
                  "Ukraine's air force said 12 drones reached Kyiv.",
                  STRIKE_DAY,
                  "RUSMIL",
                  "UKR",
                  "195",
                  4,
                  -10.0,
                  Optional.of(new Quantity(12, "drones", "12 drones")),
                  Optional.empty())
              .coded());
      lateReport = "Russia's drone attack on Kyiv was condemned.";
      store.save(
          Articles.article("reuters-2", "2025-03-09", "Reuters")
              .event(lateReport, STRIKE_DAY, "RUSMIL", "UKR", "195", 4, -10.0)
              .coded());
    }
  }

  @Test
  void parquetHoldsTheJsonLinesEventsWithTheirCoverage() throws Exception {
    Path file = folder.resolve("events.parquet");
    CliRun run = CliRun.of("events", "--db", db, "--format", "parquet", "--out", file.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    List<String> jsonl = CliRun.of("events", "--db", db, "--format", "jsonl").outLines();
    List<org.apache.avro.generic.GenericRecord> rows = org.sitrep.export.ParquetRows.read(file);
    assertThat(rows).hasSameSizeAs(jsonl);
    for (int i = 0; i < rows.size(); i++) {
      var json = JSON.readTree(jsonl.get(i));
      var row = rows.get(i);
      assertThat(org.sitrep.export.ParquetRows.field(row, "id")).isEqualTo(json.get("id").asLong());
      assertThat(org.sitrep.export.ParquetRows.field(row, "code"))
          .isEqualTo(json.get("code").asText());
      assertThat(org.sitrep.export.ParquetRows.field(row, "sources"))
          .isEqualTo(json.get("sources").asInt());
      List<String> contested = new java.util.ArrayList<>();
      ((List<?>) row.get("contested")).forEach(label -> contested.add(label.toString()));
      List<String> expected = new java.util.ArrayList<>();
      json.get("contested").forEach(label -> expected.add(label.asText()));
      assertThat(contested).isEqualTo(expected);
    }
  }

  @Test
  void parquetNeedsAFile() {
    CliRun run = CliRun.of("events", "--db", db, "--format", "parquet");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("needs --out FILE");
  }

  @Test
  void theTableHasOneLinePerEventWithItsSourcesAndWhatTheyDisagreeOn() {
    CliRun run = CliRun.of("events", "--db", db);

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).contains("sources", "contested");
    assertThat(lines).hasSize(3); // the header, the strike, the talks
    String strike = lines.stream().filter(l -> l.contains("RUSMIL")).findFirst().orElseThrow();
    int sources = lines.get(0).indexOf("sources");
    assertThat(strike.substring(sources, sources + 7).strip()).isEqualTo("2");
    assertThat(strike).contains("quantity");
    assertThat(run.err()).contains("2 events");
  }

  @Test
  void mentionsAreListedBeneathTheirEvent() {
    CliRun run = CliRun.of("events", "--db", db, "--mentions", "--code", "195");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(2 + 3);
    assertThat(lines.get(1)).contains("RUSMIL");
    assertThat(lines.subList(2, 5))
        .allSatisfy(line -> assertThat(line).startsWith("    - "))
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .contains(
                        "Reuters",
                        "2025-03-08",
                        "claimed by UKRMIL (the air force)",
                        "34 drones",
                        "\"Russian forces fired 34 drones at Kyiv overnight.\""),
            second -> assertThat(second).contains("AFP", "2025-03-08", "12 drones"),
            third ->
                assertThat(third)
                    .contains("Reuters", "2025-03-09", "(no claimant)", "(no figure)", lateReport));
  }

  @Test
  void filtersOnSourcesAndDisagreement() {
    assertThat(CliRun.of("events", "--db", db, "--min-sources", "2").outLines())
        .hasSize(2)
        .last()
        .asString()
        .contains("RUSMIL");
    assertThat(CliRun.of("events", "--db", db, "--contested").outLines())
        .hasSize(2)
        .last()
        .asString()
        .contains("RUSMIL");
    assertThat(CliRun.of("events", "--db", db, "--min-sources", "3").outLines()).hasSize(1);

    CliRun bad = CliRun.of("events", "--db", db, "--min-sources", "many");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--min-sources").doesNotContain("min_sources");
  }

  @Test
  void jsonLinesAndCsvCarryTheCoverage() throws Exception {
    CliRun jsonl = CliRun.of("events", "--db", db, "--format", "jsonl", "--code", "195");
    assertThat(jsonl.outLines()).hasSize(1);
    JsonNode event = JSON.readTree(jsonl.outLines().get(0));
    Set<String> fields = new HashSet<>();
    event.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(RecordFormatDoc.fields("Event line"));
    assertThat(event.get("mentions").asInt()).isEqualTo(3);
    assertThat(event.get("articles").asInt()).isEqualTo(3);
    assertThat(event.get("sources").asInt()).isEqualTo(2);
    assertThat(event.get("first_seen").asText()).isEqualTo("2025-03-08");
    assertThat(event.get("last_seen").asText()).isEqualTo("2025-03-09");
    assertThat(event.get("contested").toString()).isEqualTo("[\"quantity\"]");

    CliRun csv = CliRun.of("events", "--db", db, "--format", "csv", "--code", "195");
    assertThat(csv.outLines()).hasSize(2);
    assertThat(csv.outLines().get(0)).isEqualTo(EventCsv.HEADER);
    assertThat(csv.outLines().get(1)).endsWith(",3,3,2,2025-03-08,2025-03-09,quantity");
  }

  @Test
  void gdeltEventsCountTheReportsAndGdeltMentionsListThem() {
    CliRun events = CliRun.of("events", "--db", db, "--format", "gdelt", "--code", "195");
    assertThat(events.outLines()).hasSize(1);
    String[] event = events.outLines().get(0).split("\t", -1);
    assertThat(event).hasSize(GdeltTsv.COLUMNS.size());
    assertThat(cell(event, "NumMentions")).isEqualTo("3");
    assertThat(cell(event, "NumSources")).isEqualTo("2");
    assertThat(cell(event, "NumArticles")).isEqualTo("3");
    assertThat(cell(event, "DATEADDED")).isEqualTo("20250308000000"); // first reported

    CliRun mentions = CliRun.of("events", "--db", db, "--format", "gdelt-mentions");
    assertThat(mentions.exit()).as(mentions.err()).isZero();
    assertThat(mentions.err()).contains("2 events, 4 mentions");
    List<String[]> strike = new ArrayList<>();
    for (String line : mentions.outLines()) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).hasSize(GdeltMentionsTsv.COLUMNS.size());
      if (cells[0].equals(cell(event, "GlobalEventID"))) {
        strike.add(cells);
      }
    }
    assertThat(strike).hasSize(3);
    assertThat(strike)
        .extracting(c -> mention(c, "MentionSourceName") + " " + mention(c, "MentionTimeDate"))
        .containsExactly("Reuters 20250308000000", "AFP 20250308000000", "Reuters 20250309000000");
    assertThat(strike)
        .allSatisfy(c -> assertThat(mention(c, "EventTimeDate")).isEqualTo("20250308000000"));
    // AFP's report is the article's second sentence, after "The day before, talks were planned."
    assertThat(mention(strike.get(1), "SentenceID")).isEqualTo("2");
    assertThat(mention(strike.get(1), "MentionIdentifier")).isEqualTo("https://example.org/afp-1");
    assertThat(mention(strike.get(1), "MentionDocLen"))
        .isEqualTo(
            Integer.toString(
                "The day before, talks were planned. Ukraine's air force said 12 drones reached Kyiv."
                    .length()));
  }

  @Test
  void mentionsBeneathAnotherFormatOrAnUnknownFormatAreUsageErrors() {
    CliRun jsonl = CliRun.of("events", "--db", db, "--mentions", "--format", "jsonl");
    assertThat(jsonl.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(jsonl.err()).contains("gdelt-mentions");

    CliRun xml = CliRun.of("events", "--db", db, "--format", "xml");
    assertThat(xml.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(xml.err()).contains("--format", "gdelt-mentions");
  }

  private static String cell(String[] cells, String column) {
    return cells[GdeltTsv.COLUMNS.indexOf(column)];
  }

  private static String mention(String[] cells, String column) {
    return cells[GdeltMentionsTsv.COLUMNS.indexOf(column)];
  }
}
