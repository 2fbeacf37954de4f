package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.coding.ParseTree;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.coding.TreeReader;
import org.sitrep.coding.TreeSyntaxException;
import org.sitrep.coding.petrxml.PetrarchFile;
import org.sitrep.coding.petrxml.PetrarchXmlReader;
import org.sitrep.coding.petrxml.SentenceRecord;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.events.ActorNames;
import org.sitrep.events.EventFactory;
import org.sitrep.export.EventJson;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Problem;

/**
 * Codes sentences that come already parsed, in PETRARCH's input format ({@code <Sentence date id>}
 * with {@code <Text>} and {@code <Parse>}), as {@code sitrep code} does for such files: one event
 * per line of JSON. A tree that does not parse is reported with its file and line and the rest is
 * still coded.
 */
final class ParsedSentences {
  private final List<Path> files;

  ParsedSentences(List<Path> files) {
    this.files = files;
  }

  /**
   * Whether a file is PETRARCH's input format rather than a feed: its root is {@code <Sentences>}.
   */
  static boolean isPetrarchXml(Path file) {
    if (!file.toString().endsWith(".xml") || !Files.isRegularFile(file)) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      return head.contains("<Sentences");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  int run() throws java.io.IOException {
    Dictionaries dictionaries = Dictionaries.phoenix();
    SentenceCoder coder = new SentenceCoder(dictionaries);
    ActorNames names = new ActorNames(new ActorCoder(dictionaries));
    EventFactory factory = new EventFactory(GoldsteinScale.gdelt());
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
              "sitrep: "
                  + file
                  + ":"
                  + line
                  + ": sentence "
                  + record.id()
                  + ": tree does not parse: "
                  + e.getMessage());
          exit = ExitCodes.USAGE;
          continue;
        }
        sentences++;
        for (SentenceCoder.CodedEvent coded :
            coder.code(tree, record.text(), record.date(), record.config()).events()) {
          out.println(EventJson.line(event(record, coded, factory, names)));
          events++;
        }
      }
    }
    out.flush();
    System.err.printf(Locale.ROOT, "sitrep: %d sentences coded, %d events%n", sentences, events);
    return exit;
  }

  private static Event event(
      SentenceRecord record,
      SentenceCoder.CodedEvent coded,
      EventFactory factory,
      ActorNames names) {
    String id = record.id();
    int underscore = id.lastIndexOf('_');
    String article = id;
    int sentence = 0;
    if (underscore > 0 && id.substring(underscore + 1).matches("\\d+")) {
      article = id.substring(0, underscore);
      sentence = Integer.parseInt(id.substring(underscore + 1));
    }
    Optional<ActorRef> target =
        coded.target().isEmpty()
            ? Optional.empty()
            : Optional.of(
                names.ref(ActorCode.of(coded.target()), coded.targetText(), record.date()));
    return factory.event(
        new EventFactory.Where(
            article, sentence, new Evidence(record.text(), 0, record.text().length())),
        record.date(),
        DatePrecision.DAY,
        names.ref(ActorCode.of(coded.source()), coded.sourceText(), record.date()),
        target,
        CameoCode.of(coded.code()),
        EventFactory.Details.NONE);
  }
}
