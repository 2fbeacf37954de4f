package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.coding.petrxml.Environment;
import org.sitrep.coding.petrxml.PetrarchFile;
import org.sitrep.coding.petrxml.PetrarchXmlReader;
import org.sitrep.coding.petrxml.RecordOutcome;
import org.sitrep.coding.petrxml.Validator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep validate FILE.xml}: scores the coder on a PETRARCH validation file. */
@Command(
    name = "validate",
    description = {
      "Codes a PETRARCH validation file (e.g. PETR.UnitTest.records.xml) with the dictionaries its"
          + " <Environment> names, from the same folder, and prints the records exactly right per"
          + " category and in total. The last line is 'N/M records exactly right'."
    })
final class ValidateCommand implements Callable<Integer> {
  @SuppressWarnings(
      "NullAway.Init") // picocli always sets it: a single positional parameter is required
  @Parameters(paramLabel = "FILE.xml", description = "A validation file in PETRARCH's format.")
  Path file;

  @Option(
      names = "--show-failures",
      description = "List each record coded wrong with expected and coded events.")
  boolean showFailures;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    PetrarchFile parsed = PetrarchXmlReader.read(file);
    Environment environment =
        parsed
            .environment()
            .orElseThrow(
                () ->
                    new UserError(
                        file
                            + ": not a validation file: it has no <Environment> naming dictionaries"));
    // a regular file's absolute path always has a parent folder
    Dictionaries dictionaries =
        load(environment, Objects.requireNonNull(file.toAbsolutePath().getParent()));
    for (Problem problem : parsed.problems()) {
      System.err.println("sitrep: " + problem.describe());
    }
    List<RecordOutcome> outcomes = new Validator(new SentenceCoder(dictionaries)).run(parsed);
    report(outcomes, System.out);
    return parsed.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
  }

  private Dictionaries load(Environment environment, Path folder) {
    String verbs =
        environment
            .verbFile()
            .orElseThrow(() -> new UserError(file + ": <Environment> names no <Verbfile>"));
    if (environment.actorFiles().isEmpty()) {
      throw new UserError(file + ": <Environment> names no <Actorfile>");
    }
    String agents =
        environment
            .agentFile()
            .orElseThrow(() -> new UserError(file + ": <Environment> names no <Agentfile>"));
    List<Path> actors = new ArrayList<>();
    for (String name : environment.actorFiles()) {
      actors.add(folder.resolve(name));
    }
    Optional<Path> discards = environment.discardFile().map(folder::resolve);
    return Dictionaries.fromFiles(folder.resolve(verbs), actors, folder.resolve(agents), discards);
  }

  private void report(List<RecordOutcome> outcomes, PrintStream out) {
    Map<String, int[]> byCategory = new TreeMap<>();
    int right = 0;
    for (RecordOutcome outcome : outcomes) {
      int[] counts = byCategory.computeIfAbsent(outcome.record().category(), k -> new int[2]);
      counts[1]++;
      if (outcome.right()) {
        counts[0]++;
        right++;
      } else if (showFailures) {
        out.printf(
            Locale.ROOT,
            "WRONG %s (line %d): expected %s, coded %s%s%n",
            outcome.record().id(),
            outcome.record().line(),
            outcome.expected(),
            outcome.coded(),
            outcome.note().isEmpty() ? "" : " [" + outcome.note() + "]");
      }
    }
    for (Map.Entry<String, int[]> entry : byCategory.entrySet()) {
      out.printf(
          Locale.ROOT, "%-10s %3d/%d%n", entry.getKey(), entry.getValue()[0], entry.getValue()[1]);
    }
    out.printf(Locale.ROOT, "%d/%d records exactly right%n", right, outcomes.size());
  }
}
