package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.coding.petrxml.PetrarchFile;
import org.sitrep.coding.petrxml.PetrarchXmlReader;
import org.sitrep.coding.petrxml.RecordOutcome;
import org.sitrep.coding.petrxml.Validator;
import org.sitrep.dictionaries.Dictionaries;

/**
 * Runs PETRARCH's own validation suite (PETR.UnitTest.records.xml with its PETR.Validate
 * dictionaries) through the coder. Every record is a test: it must be coded exactly right unless
 * known-failures.txt lists it, and a listed record that starts passing fails too, so the list stays
 * true.
 */
class PetrarchSuiteTest {
  private static final Path SUITE = Path.of("src/test/resources/org/sitrep/validation");
  private static List<RecordOutcome> outcomes;
  private static Map<String, String> knownFailures;

  @BeforeAll
  static void runSuite() throws IOException {
    PetrarchFile file = PetrarchXmlReader.read(SUITE.resolve("PETR.UnitTest.records.xml"));
    Dictionaries dictionaries =
        Dictionaries.fromFiles(
            SUITE.resolve("PETR.Validate.verbs.txt"),
            List.of(SUITE.resolve("PETR.Validate.actors.txt")),
            SUITE.resolve("PETR.Validate.agents.txt"),
            Optional.of(SUITE.resolve("PETR.Validate.discards.txt")));
    outcomes = new Validator(new SentenceCoder(dictionaries)).run(file);
    knownFailures = readKnownFailures();
  }

  private static Map<String, String> readKnownFailures() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in =
        PetrarchSuiteTest.class.getResourceAsStream("/org/sitrep/validation/known-failures.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split("\\s+", 2);
        assertThat(parts).as("known failure needs a reason: %s", line).hasSize(2);
        out.put(parts[0], parts[1]);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> eachRecordIsCodedAsExpectedUnlessListedAsKnownFailure() {
    return outcomes.stream()
        .map(
            outcome ->
                DynamicTest.dynamicTest(
                    outcome.record().id(),
                    () -> {
                      String id = outcome.record().id();
                      if (knownFailures.containsKey(id)) {
                        assertThat(outcome.right())
                            .as(
                                "%s is listed as a known failure (%s) but is now coded right: delete its line",
                                id, knownFailures.get(id))
                            .isFalse();
                      } else {
                        assertThat(outcome.coded())
                            .as(
                                "%s (line %d): %s",
                                id, outcome.record().line(), outcome.record().text())
                            .isEqualTo(outcome.expected());
                      }
                    }));
  }

  @Test
  void scoresAtLeastTheIssueGoalAndEveryKnownFailureNamesARecord() {
    long right = outcomes.stream().filter(RecordOutcome::right).count();
    assertThat(outcomes).hasSize(282);
    assertThat(right).isEqualTo(outcomes.size() - knownFailures.size()).isGreaterThanOrEqualTo(250);
    assertThat(outcomes.stream().map(o -> o.record().id()).toList())
        .containsAll(knownFailures.keySet());
  }
}
