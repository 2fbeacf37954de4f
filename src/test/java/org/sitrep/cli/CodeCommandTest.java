package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;

/**
 * {@code sitrep code}: one JSON event per line, and a bad tree reported without stopping the rest.
 */
@NeedsModels
class CodeCommandTest {

  private static final Path GIGAWORD = CliRun.SUITE.resolve("GigaWord.sample.PETR.xml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> events(CliRun run) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : run.outLines()) {
      events.add(JSON.readTree(line));
    }
    return events;
  }

  /** The event line as docs/record-format.md lists it, less the store id that code has not. */
  private static Set<String> eventLineFields() {
    Set<String> fields = new HashSet<>(RecordFormatDoc.fields("Event line"));
    fields.remove("id");
    // what only a stored event has: how widely it was reported (record-format.md)
    fields.removeAll(
        Set.of("mentions", "articles", "sources", "first_seen", "last_seen", "contested"));
    return fields;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void codeWritesEachEventAsOneLineOfJsonWithTheRecordFields() throws Exception {
    CliRun run = CliRun.of("code", GIGAWORD.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).matches("sitrep: 76 sentences coded, \\d+ events");
    List<JsonNode> events = events(run);
    assertThat(events).isNotEmpty();
    assertThat(run.errLines().get(0)).endsWith(", " + events.size() + " events");
    for (JsonNode event : events) {
      assertThat(fieldNames(event)).as(event.toString()).isEqualTo(eventLineFields());
      assertThat(event.get("article").asText()).isNotBlank();
      assertThat(event.get("sentence").isInt()).isTrue();
      assertThat(event.get("date").asText()).matches("20(08|15)-\\d\\d-\\d\\d");
      assertThat(event.get("date_precision").asText()).isEqualTo("day");
      assertThat(fieldNames(event.get("source"))).isEqualTo(RecordFormatDoc.fields("Actor"));
      assertThat(event.get("source").get("code").asText()).isNotEmpty();
      assertThat(event.get("source").get("text").isTextual()).isTrue();
      assertThat(event.get("source").get("name").asText()).isNotBlank();
      JsonNode target = event.get("target");
      assertThat(target.isNull() || fieldNames(target).equals(RecordFormatDoc.fields("Actor")))
          .as(target.toString())
          .isTrue();
      String code = event.get("code").asText();
      assertThat(code).matches("\\d{2,4}");
      assertThat(event.get("root").asText()).isEqualTo(code.substring(0, 2));
      JsonNode quad = event.get("quad_class");
      assertThat(quad.isNull() || (quad.asInt() >= 1 && quad.asInt() <= 4))
          .as(quad.toString())
          .isTrue();
      JsonNode goldstein = event.get("goldstein");
      assertThat(
              goldstein.isNull() || (goldstein.isNumber() && Math.abs(goldstein.asDouble()) <= 10))
          .as(goldstein.toString())
          .isTrue();
      assertThat(event.get("quantity").isNull()).isTrue();
      assertThat(event.get("claimed_by").isNull()).isTrue();
      assertThat(event.get("location").isNull()).isTrue();
      JsonNode evidence = event.get("evidence");
      assertThat(fieldNames(evidence)).isEqualTo(Set.of("text", "start", "end"));
      assertThat(evidence.get("text").isTextual()).isTrue(); // empty where the input has no <Text>
      String text = evidence.get("text").asText();
      assertThat(evidence.get("start").asInt()).isBetween(0, text.length());
      assertThat(evidence.get("end").asInt())
          .isBetween(evidence.get("start").asInt(), text.length());
    }
  }

  @Test
  void codeSplitsTheSentenceIdIntoArticleAndSentenceNumber() throws Exception {
    CliRun run = CliRun.of("code", GIGAWORD.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    String xml = Files.readString(GIGAWORD);
    List<JsonNode> events = events(run);
    assertThat(events)
        .anySatisfy(
            event -> {
              assertThat(event.get("article").asText()).isEqualTo("AFP0808020742");
              assertThat(event.get("sentence").asInt()).isEqualTo(2);
            });
    for (JsonNode event : events) {
      String article = event.get("article").asText();
      int sentence = event.get("sentence").asInt();
      // "AFP0808020675_1" splits at the last '_'; an id like "NEST_2.75" stays whole, sentence 0
      assertThat(
              xml.contains("id =\"" + article + "_" + sentence + "\"")
                  || (sentence == 0 && xml.contains("id =\"" + article + "\"")))
          .as(event.toString())
          .isTrue();
    }
  }

  @Test
  void anUnbalancedTreeIsReportedWithFileAndLineAndTheOtherSentencesAreStillCoded()
      throws Exception {
    Path input = dir.resolve("gigaword.xml");
    Files.copy(GIGAWORD, input);
    input.toFile().setWritable(true);
    // the first sentence, AFP0808020625_4: "(DT The" loses its closing bracket
    int broken =
        CliRun.replaceLine(input, "(NP (DT The) (NN stopover))", "(NP (DT The (NN stopover))");

    CliRun run = CliRun.of("code", input.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).doesNotContain("at org.");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("sitrep: " + input + ":" + broken + ": ")
        .contains("AFP0808020625_4");
    assertThat(run.errLines().get(1)).matches("sitrep: 75 sentences coded, \\d+ events");
    List<JsonNode> events = events(run);
    assertThat(events).isNotEmpty();
    assertThat(events)
        .noneMatch(
            e ->
                e.get("article").asText().equals("AFP0808020625")
                    && e.get("sentence").asInt() == 4);
  }

  @Test
  void codeReportsABinaryFileInOneLineAndExitsWithSomeInputFailed() throws Exception {
    Path noise = dir.resolve("noise.xml");
    Files.write(
        noise, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

    CliRun run = CliRun.of("code", noise.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    assertThat(run.errLines()).filteredOn(line -> line.contains(noise.toString())).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("sitrep: " + noise + ": ");
    assertThat(run.err()).doesNotContain("at org.").doesNotContain("[Fatal Error]");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void codeReportsAMissingFileBeforeLoadingAnything() {
    Path missing = dir.resolve("missing.xml");

    CliRun run = CliRun.of("code", missing.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("sitrep: " + missing + ": no such file");
  }
}
