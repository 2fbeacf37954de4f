package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep validate}: the score on the real suite, and one clean line for each kind of bad
 * input.
 */
class ValidateCommandTest {

  @TempDir Path dir;

  /** The run failed with exit 2 and said so in exactly one line, without a stack trace. */
  private static String oneLineUsageError(CliRun run) {
    return oneLineError(run, ExitCodes.USAGE);
  }

  /** As README promises: an input file that is not what it should be exits 1, not 2. */
  private static String oneLineInputError(CliRun run) {
    return oneLineError(run, ExitCodes.SOME_INPUT_FAILED);
  }

  private static String oneLineError(CliRun run, int exit) {
    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.err())
        .doesNotContain("at org.")
        .doesNotContain("Exception")
        .doesNotContain("[Fatal Error]");
    String line = run.errLines().get(0);
    assertThat(line).startsWith("sitrep: ");
    return line;
  }

  @Test
  void validateScoresTheRealSuiteAndEndsWithTheRecordsExactlyRight() {
    CliRun run =
        CliRun.of("validate", CliRun.SUITE.resolve("PETR.UnitTest.records.xml").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).isNotEmpty();
    Matcher score =
        Pattern.compile("(\\d+)/282 records exactly right").matcher(lines.get(lines.size() - 1));
    assertThat(score.matches()).as(lines.get(lines.size() - 1)).isTrue();
    assertThat(Integer.parseInt(score.group(1))).isGreaterThanOrEqualTo(250);
  }

  @Test
  void aVerbFileTheEnvironmentNamesButThatIsMissingIsNamedInTheError() throws Exception {
    Path records = CliRun.copySuite(dir);
    String xml =
        Files.readString(records, StandardCharsets.UTF_8)
            .replace(
                "<Verbfile>PETR.Validate.verbs.txt</Verbfile>",
                "<Verbfile>No.Such.verbs.txt</Verbfile>");
    Files.writeString(records, xml, StandardCharsets.UTF_8);

    String line = oneLineUsageError(CliRun.of("validate", records.toString()));

    assertThat(line)
        .isEqualTo("sitrep: " + dir.resolve("No.Such.verbs.txt") + ": dictionary file not found");
  }

  @Test
  void aDeletedVerbFileIsNamedInTheError() throws Exception {
    Path records = CliRun.copySuite(dir);
    Files.delete(dir.resolve("PETR.Validate.verbs.txt"));

    String line = oneLineUsageError(CliRun.of("validate", records.toString()));

    assertThat(line)
        .isEqualTo(
            "sitrep: " + dir.resolve("PETR.Validate.verbs.txt") + ": dictionary file not found");
  }

  @Test
  void aVerbPatternWithoutItsCodeIsReportedWithFileAndLine() throws Exception {
    Path records = CliRun.copySuite(dir);
    int broken =
        CliRun.replaceLine(
            dir.resolve("PETR.Validate.verbs.txt"),
            "- * EFFORT  [987]  # pas 15 Jul 2003",
            "- * EFFORT  # no code");

    String line = oneLineUsageError(CliRun.of("validate", records.toString()));

    assertThat(line).contains("PETR.Validate.verbs.txt:" + broken + ":").contains("EFFORT");
  }

  @Test
  void anActorLineWithAnUnclosedBracketIsReportedWithFileAndLine() throws Exception {
    Path records = CliRun.copySuite(dir);
    int broken =
        CliRun.replaceLine(dir.resolve("PETR.Validate.actors.txt"), "ISRAEL [ISR]", "FOO [USA");

    String line = oneLineUsageError(CliRun.of("validate", records.toString()));

    assertThat(line).contains("PETR.Validate.actors.txt:" + broken + ":").contains("[USA");
  }

  @Test
  void wellFormedXmlThatIsNotAValidationFileIsReportedWithLineAndColumn() throws Exception {
    Path page = dir.resolve("page.xml");
    Files.writeString(
        page, "<?xml version=\"1.0\"?>\n<html>\n  <body><p>hello</p></body>\n</html>\n");

    String line = oneLineInputError(CliRun.of("validate", page.toString()));

    assertThat(line).matches("sitrep: " + Pattern.quote(page.toString()) + ":2:\\d+: .*<html>.*");
  }

  @Test
  void aValidationFileWithoutEnvironmentIsReportedByName() {
    Path input = CliRun.SUITE.resolve("GigaWord.sample.PETR.xml");

    String line = oneLineUsageError(CliRun.of("validate", input.toString()));

    assertThat(line).contains(input.toString()).contains("<Environment>");
  }

  @Test
  void randomBytesAreReportedAsNotXmlInOneLine() throws Exception {
    Path noise = dir.resolve("noise.xml");
    byte[] bytes = new byte[512];
    new Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0x89; // as a PNG starts: no byte order mark, not UTF-8
    Files.write(noise, bytes);

    String line = oneLineInputError(CliRun.of("validate", noise.toString()));

    assertThat(line)
        .matches("sitrep: " + Pattern.quote(noise.toString()) + ":\\d+:\\d+: not XML.*");
  }

  @Test
  void aLatin1ByteInAnUndeclaredFileIsReportedWhereItIs() throws Exception {
    Path latin = dir.resolve("latin.xml");
    Files.write(
        latin,
        "<Sentences>\n<Sentence id=\"A_1\" date=\"20080101\"><Text>caf\u00e9</Text></Sentence>\n</Sentences>\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    String line = oneLineInputError(CliRun.of("validate", latin.toString()));

    assertThat(line).startsWith("sitrep: " + latin + ":2:45: not XML: byte 0xE9 is not UTF-8");
  }

  @Test
  void anEmptyFileIsReportedInOneLine() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.xml"));

    String line = oneLineInputError(CliRun.of("validate", empty.toString()));

    assertThat(line).startsWith("sitrep: " + empty + ":1:1: ");
  }

  @Test
  void aDoctypeIsRefusedBeforeItsEntitiesExpand() throws Exception {
    Path bomb = dir.resolve("bomb.xml");
    Files.writeString(
        bomb,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Sentences [<!ENTITY big \"Rohan Rohan\">]>\n"
            + "<Sentences><Sentence id=\"A_1\" date=\"20080101\"><Text>"
            + "&big;".repeat(50)
            + "</Text></Sentence></Sentences>\n");

    String line = oneLineInputError(CliRun.of("validate", bomb.toString()));

    assertThat(line)
        .isEqualTo("sitrep: " + bomb + ":2:52: a DOCTYPE is refused: PETRARCH files need none");
  }

  @Test
  void aFileThatDoesNotExistIsReportedByName() {
    Path missing = dir.resolve("missing.xml");

    String line = oneLineUsageError(CliRun.of("validate", missing.toString()));

    assertThat(line).isEqualTo("sitrep: " + missing + ": no such file");
  }
}
