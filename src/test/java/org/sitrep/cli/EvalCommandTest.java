package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.SharedExamples;

/**
 * {@code sitrep eval} on the seed article and its gold file (shared/examples): the summary parses
 * and its scores do not drop; the events behind them carry the dates and quantity the gold wants. A
 * score that rises is re-pinned here.
 */
@NeedsModels
class EvalCommandTest {
  private static final Path EXAMPLES = SharedExamples.dir();
  private static final Path SEED = SharedExamples.seedArticle();
  private static final ObjectMapper JSON = new ObjectMapper();
  // "P 0.583  R 0.333  F1 0.424  (7 of 12 predicted, 7 of 21 gold)"
  private static final Pattern PRF =
      Pattern.compile(
          "P (\\d\\.\\d{3})  R (\\d\\.\\d{3})  F1 (\\d\\.\\d{3})  \\((\\d+) of (\\d+) predicted, (\\d+) of (\\d+) gold\\)");
  // "1.000  (6 of 6 gold quotes with the right speaker)"
  private static final Pattern SHARE = Pattern.compile("(\\d\\.\\d{3})  \\((\\d+ of \\d+) .*\\)");

  private static CliRun eval;
  private static List<JsonNode> seedEvents;

  @TempDir Path dir;

  @BeforeAll
  static void scoreAndCodeTheSeed() throws Exception {
    if (!SharedExamples.available()) {
      return;
    }
    eval = CliRun.of("eval", "--gold", EXAMPLES.toString(), SEED.toString());
    CliRun code = CliRun.of("code", SEED.toString());
    assertThat(code.exit()).as(code.err()).isZero();
    seedEvents = new ArrayList<>();
    for (String line : code.outLines()) {
      seedEvents.add(JSON.readTree(line));
    }
  }

  @Test
  void scoresTheSeedWithoutProblems() {
    SharedExamples.assume();
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out())
        .contains("== article seed")
        .contains("== summary: 1 articles, micro-averaged");
  }

  @Test
  void theSummaryHasEveryLine() {
    SharedExamples.assume();
    List<String> summary = summary();

    assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("lenient ").containsPattern(PRF));
    assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("exact ").containsPattern(PRF));
    assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("dates ").containsPattern(SHARE));
    assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("quotes ").containsPattern(SHARE));
    assertThat(summary)
        .anySatisfy(l -> assertThat(l).startsWith("quantity ").containsPattern(SHARE));
  }

  @Test
  void lenientScoresDoNotDrop() {
    SharedExamples.assume();
    Matcher m = prf("lenient");

    assertThat(Double.parseDouble(m.group(3))).as("lenient F1").isGreaterThanOrEqualTo(0.600);
    assertThat(Integer.parseInt(m.group(6))).as("gold events found").isGreaterThanOrEqualTo(7);
    assertThat(m.group(7)).as("gold events").isEqualTo("21");
  }

  @Test
  void exactScoresDoNotDrop() {
    SharedExamples.assume();
    assertThat(Double.parseDouble(prf("exact").group(3)))
        .as("exact F1")
        .isGreaterThanOrEqualTo(0.300);
  }

  @Test
  void dateShareDoesNotDrop() {
    SharedExamples.assume();
    assertThat(Double.parseDouble(share("dates").group(1))).isGreaterThanOrEqualTo(1.000);
  }

  @Test
  void everyGoldQuoteGetsTheRightSpeaker() {
    SharedExamples.assume();
    Matcher quotes = share("quotes");

    assertThat(quotes.group(2)).isEqualTo("6 of 6");
    assertThat(quotes.group(1)).isEqualTo("1.000");
  }

  @Test
  void datesTheTwoCallsOfTheSeedByTheDaysTheArticleGives() {
    SharedExamples.assume();
    assertThat(seedEvents)
        .anySatisfy(e -> assertThat(summary(e)).isEqualTo("USAELI RUSGOV 040 2024-11-07"));
    assertThat(seedEvents)
        .anySatisfy(e -> assertThat(summary(e)).isEqualTo("USAELI UKRGOV 040 2024-11-08"));
  }

  @Test
  void measuresTheDroneAttackOfTheSeedAsOneHundredFortyFiveDrones() {
    SharedExamples.assume();
    assertThat(seedEvents)
        .anySatisfy(
            e -> {
              assertThat(e.get("source").get("code").asText()).startsWith("RUS");
              assertThat(e.get("target").get("code").asText()).startsWith("UKR");
              assertThat(e.get("root").asText()).isEqualTo("19");
              assertThat(e.get("quantity").get("value").asInt()).isEqualTo(145);
              assertThat(e.get("quantity").get("unit").asText()).isEqualTo("drones");
            });
  }

  @Test
  void namesTheMissingGoldFileOfAnArticleAndFails() throws Exception {
    Path article =
        Files.writeString(
            dir.resolve("lonely.json"),
            "{\"id\":\"lonely\",\"published\":\"2025-01-02\",\"text\":\"Russia attacked Ukraine on Sunday.\"}");
    Path gold = Files.createDirectory(dir.resolve("gold"));

    CliRun run = CliRun.of("eval", "--gold", gold.toString(), article.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    assertThat(run.errLines())
        .anySatisfy(l -> assertThat(l).contains(gold.resolve("lonely.json").toString()));
  }

  @Test
  void rejectsAGoldFolderThatDoesNotExist() {
    CliRun run =
        CliRun.of(
            "eval",
            "--gold",
            dir.resolve("nowhere").toString(),
            "samples/articles/ukraine-drone-barrage-2025-09-08.json");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("nowhere");
  }

  private static List<String> summary() {
    List<String> lines = eval.outLines();
    int at = lines.indexOf("== summary: 1 articles, micro-averaged");
    assertThat(at).as(eval.out()).isNotNegative();
    return lines.subList(at + 1, lines.size());
  }

  private static Matcher prf(String name) {
    return match(name, PRF);
  }

  private static Matcher share(String name) {
    return match(name, SHARE);
  }

  private static Matcher match(String name, Pattern pattern) {
    String line =
        summary().stream()
            .filter(l -> l.startsWith(name + " "))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no summary line '" + name + "' in " + eval.out()));
    Matcher m = pattern.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return m;
  }

  private static String summary(JsonNode event) {
    return event.get("source").get("code").asText()
        + " "
        + event.path("target").path("code").asText()
        + " "
        + event.get("code").asText()
        + " "
        + event.get("date").asText();
  }
}
