package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.sitrep.coding.Dictionaries;
import org.sitrep.coding.GoldsteinScale;
import org.sitrep.coding.ParseTree;
import org.sitrep.coding.QuadClass;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.coding.TreeReader;
import org.sitrep.coding.TreeSyntaxException;
import org.sitrep.coding.petrxml.PetrarchFile;
import org.sitrep.coding.petrxml.PetrarchXmlReader;
import org.sitrep.coding.petrxml.SentenceRecord;
import org.sitrep.export.EventJson;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep code FILE.xml...}: codes pre-parsed sentences, one event per line of JSON. */
@Command(
    name = "code",
    description = {
      "Codes pre-parsed sentences in PETRARCH's input format (<Sentence date id> with <Text> and"
          + " <Parse>) with the bundled CAMEO and Phoenix dictionaries and prints one event per"
          + " line as JSON (DESIGN.md's record). Problems go to stderr; a tree that does not parse"
          + " is reported with its file and line, the rest is still coded, and the exit code is 2."
    })
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.xml", arity = "1..*", description = "PETRARCH XML files of parsed sentences.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError(file + ": no such file");
      }
    }
    SentenceCoder coder = new SentenceCoder(Dictionaries.phoenix());
    GoldsteinScale goldstein = GoldsteinScale.gdelt();
    PrintStream out = System.out;
    int exit = ExitCodes.OK;
    int sentences = 0;
    int events = 0;
    for (Path file : files) {
      PetrarchFile parsed = PetrarchXmlReader.read(file);
      for (Problem problem : parsed.problems()) {
        System.err.println("sitrep: " + problem.describe());
        exit = Math.max(exit, ExitCodes.SOME_INPUT_FAILED);
      }
      for (SentenceRecord record : parsed.sentences()) {
        ParseTree tree;
        try {
          tree = TreeReader.read(record.parse());
        } catch (TreeSyntaxException e) {
          int line = record.parseLine() + e.line() - 1;
          System.err.println(
              "sitrep: " + file + ":" + line + ": sentence " + record.id() + ": tree does not parse: " + e.getMessage());
          exit = ExitCodes.USAGE;
          continue;
        }
        sentences++;
        for (SentenceCoder.CodedEvent coded : coder.code(tree, record.text(), record.date(), record.config()).events()) {
          out.println(EventJson.line(event(record, coded, goldstein)));
          events++;
        }
      }
    }
    out.flush();
    System.err.printf("sitrep: %d sentences coded, %d events%n", sentences, events);
    return exit;
  }

  private static Event event(SentenceRecord record, SentenceCoder.CodedEvent coded, GoldsteinScale scale) {
    String id = record.id();
    int underscore = id.lastIndexOf('_');
    String article = id;
    int sentence = 0;
    if (underscore > 0 && id.substring(underscore + 1).matches("\\d+")) {
      article = id.substring(0, underscore);
      sentence = Integer.parseInt(id.substring(underscore + 1));
    }
    OptionalInt quad = OptionalInt.empty();
    OptionalDouble goldstein = OptionalDouble.empty();
    if (scale.score(coded.code()).isPresent()) {
      goldstein = scale.score(coded.code());
      quad = OptionalInt.of(QuadClass.of(coded.code()).number());
    }
    Optional<ActorRef> target =
        coded.target().isEmpty() ? Optional.empty() : Optional.of(new ActorRef(coded.target(), coded.targetText()));
    return new Event(
        article,
        sentence,
        record.date(),
        "day",
        new ActorRef(coded.source(), coded.sourceText()),
        target,
        coded.code(),
        quad,
        goldstein,
        new Evidence(record.text(), 0, record.text().length()));
  }
}
