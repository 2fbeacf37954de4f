package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-level command line: help, unknown options, and {@code --debug}. */
class MainTest {

  @TempDir Path dir;

  @Test
  void helpListsTheValidateAndCodeCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Usage: sitrep")
        .containsPattern("(?m)^\\s+validate\\s")
        .containsPattern("(?m)^\\s+code\\s");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everySubcommandAnswersHelpWithItsOwnUsage() {
    var subcommands = new picocli.CommandLine(new Main()).getSubcommands().keySet();
    assertThat(subcommands).contains("code", "ingest", "events", "serve", "validate");

    for (String name : subcommands) {
      CliRun run = CliRun.of(name, "--help");

      assertThat(run.exit()).as(name + ": " + run.err()).isZero();
      assertThat(run.out()).as(name).contains("Usage: sitrep " + name + " ");
      assertThat(run.err()).as(name).isEmpty();
    }
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
    CliRun run = CliRun.of("--no-such-option");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).isNotEmpty();
    assertThat(run.errLines().get(0)).contains("Unknown option").contains("--no-such-option");
    assertThat(run.err()).doesNotContain("at org.").doesNotContain("at picocli.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownOptionOfASubcommandIsAUsageError() {
    CliRun run = CliRun.of("validate", "--no-such-option", "x.xml");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).contains("Unknown option").contains("--no-such-option");
    assertThat(run.err()).doesNotContain("at org.");
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    CliRun run = CliRun.of("validate");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).contains("FILE.xml");
    assertThat(run.err()).doesNotContain("at org.");
  }

  @Test
  void debugPrintsTheStackTraceOfABrokenDictionary() throws Exception {
    Path records = CliRun.copySuite(dir);
    int broken =
        CliRun.replaceLine(
            dir.resolve("PETR.Validate.verbs.txt"),
            "- * EFFORT  [987]  # pas 15 Jul 2003",
            "- * EFFORT  # no code");

    CliRun run = CliRun.of("--debug", "validate", records.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0))
        .startsWith("sitrep: dictionary error: ")
        .contains("PETR.Validate.verbs.txt:" + broken + ":");
    assertThat(run.err()).contains("DictionaryException").contains("\tat org.sitrep.");
  }

  @Test
  void debugAfterTheSubcommandAlsoPrintsTheStackTrace() throws Exception {
    Path records = CliRun.copySuite(dir);
    CliRun.replaceLine(dir.resolve("PETR.Validate.actors.txt"), "ISRAEL [ISR]", "FOO [USA");

    CliRun run = CliRun.of("validate", "--debug", records.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).contains("PETR.Validate.actors.txt:");
    assertThat(run.err()).contains("\tat org.sitrep.");
  }

  @Test
  void withoutDebugTheSameBrokenDictionaryIsOneLine() throws Exception {
    Path records = CliRun.copySuite(dir);
    CliRun.replaceLine(
        dir.resolve("PETR.Validate.verbs.txt"),
        "- * EFFORT  [987]  # pas 15 Jul 2003",
        "- * EFFORT  # no code");

    CliRun run = CliRun.of("validate", records.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).doesNotContain("at org.");
  }
}
