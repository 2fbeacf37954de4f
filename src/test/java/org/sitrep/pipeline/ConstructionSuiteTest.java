package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;

/**
 * Runs sitrep's construction suite: short news-style items written for sitrep, each exercising one
 * construction (reported speech, events written as nouns, groups and descriptions, event nouns
 * whose agent is named earlier, implied targets, evaluations, the right codes, precision,
 * organisations, plain transitive verbs), coded by the whole news pipeline as the CLI builds it.
 *
 * <p>The file, {@code src/test/resources/org/sitrep/constructions/constructions.txt}, holds blocks
 * separated by blank lines ({@link ConstructionFile} reads them):
 *
 * <pre>{@code
 * # speech-01: reported speech         id and construction
 * date: 2025-03-10                     optional (2025-03-10 otherwise): the publication date
 * Russia launched 60 drones overnight. 0-3 context sentences, one a line
 * The air force said it downed 40.     the sentence under test: the last text line
 * => UKRMIL RUS 190 claimed_by=UKRMIL  an expected event of that sentence; "=> none" for none
 * }</pre>
 *
 * An expected actor or code matches a coded one that starts with it ({@code RUS} accepts RUSGOV,
 * {@code 19} any 19x); {@code |} separates alternatives; target {@code -} means no target; {@code A
 * <> B} is a mutual act coded one way, the other, or both; {@code claimed_by} is checked only when
 * written ({@code claimed_by=-}: must be empty). An item is right when its expected events and the
 * events coded from its last sentence pair up one to one with none left over.
 *
 * <p>Every item must be right unless {@code known-failures.txt} lists it ({@code id<TAB>reason}),
 * and a listed item that is right fails too (delete its line), so the list stays true. With {@code
 * -Dsitrep.constructions.write=FILE} the run also writes every failing item with its reason to
 * FILE, to regenerate the list.
 */
@NeedsModels
class ConstructionSuiteTest {
  private static final Path DIR = Path.of("src/test/resources/org/sitrep/constructions");
  private static final String WRITE = "sitrep.constructions.write";
  private static List<ItemOutcome> outcomes = List.of();
  private static Map<String, String> knownFailures = Map.of();

  @BeforeAll
  static void codeTheSuite() throws IOException {
    List<ConstructionItem> items = ConstructionFile.read(DIR.resolve("constructions.txt"));
    ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    List<ItemOutcome> out = new ArrayList<>();
    for (ConstructionItem item : items) {
      out.add(ItemOutcome.of(item, coder.code(item.article()).events()));
    }
    outcomes = List.copyOf(out);
    knownFailures = readKnownFailures(DIR.resolve("known-failures.txt"));
    report();
  }

  private static Map<String, String> readKnownFailures(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts.length != 2 || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            file.getFileName() + ":" + (i + 1) + ": expected 'id<TAB>reason', got '" + line + "'");
      }
      out.put(parts[0].strip(), parts[1].strip());
    }
    return out;
  }

  private static void report() throws IOException {
    long right = outcomes.stream().filter(ItemOutcome::right).count();
    System.out.printf(Locale.ROOT, "%d/%d sentences right%n", right, outcomes.size());
    StringBuilder failures = new StringBuilder();
    for (ItemOutcome outcome : outcomes) {
      if (!outcome.right()) {
        failures
            .append(outcome.item().id())
            .append('\t')
            .append(listedReason(outcome))
            .append('\n');
        if (!knownFailures.containsKey(outcome.item().id())) {
          System.out.println("not listed as a known failure: " + outcome.report());
        }
      }
    }
    String write = System.getProperty(WRITE, "");
    if (!write.isEmpty()) {
      Files.writeString(Path.of(write), failures.toString(), StandardCharsets.UTF_8);
      System.out.println("wrote the failing items to " + write);
    }
  }

  /** The reason to list: what differs, or for an empty coding the construction not coded. */
  private static String listedReason(ItemOutcome outcome) {
    return outcome.predicted().isEmpty()
        ? outcome.item().construction() + ": nothing coded"
        : outcome.reason();
  }

  @TestFactory
  Stream<DynamicTest> eachItemIsCodedAsExpectedUnlessListedAsKnownFailure() {
    return outcomes.stream()
        .map(
            outcome ->
                DynamicTest.dynamicTest(
                    outcome.item().id(),
                    () -> {
                      String id = outcome.item().id();
                      if (knownFailures.containsKey(id)) {
                        assertThat(outcome.right())
                            .as(
                                "%s is listed as a known failure (%s) but is now coded right:"
                                    + " delete its line in known-failures.txt",
                                id, knownFailures.get(id))
                            .isFalse();
                      } else {
                        assertThat(outcome.right()).as(outcome.report()).isTrue();
                      }
                    }));
  }

  @Test
  void everyKnownFailureNamesAnItemOfTheSuite() {
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(320);
    assertThat(outcomes.stream().map(o -> o.item().id()).toList())
        .containsAll(knownFailures.keySet());
  }
}
