package org.sitrep.coding.petrxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.sitrep.coding.CoderConfig;
import org.sitrep.model.Problem;

/**
 * Reads PETRARCH's XML: validation files ({@code <Validation>} with an {@code <Environment>} and
 * {@code <Sentences>}) and plain input files ({@code <Sentences>} only).
 *
 * <pre>{@code PetrarchFile file = PetrarchXmlReader.read(Path.of("PETR.UnitTest.records.xml"));}
 * </pre>
 *
 * <p>A file that is not XML, or whose root is neither element, throws {@link PetrarchXmlException}
 * with line and column. A single bad {@code <Sentence>} (missing id or date, no parse) becomes a
 * {@link Problem} and the rest are still read. {@code <Config>} elements between sentences change
 * the options of the sentences after them.
 */
public final class PetrarchXmlReader {
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final String name;
  private final XMLStreamReader xml;
  private final List<SentenceRecord> sentences = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private CoderConfig config = CoderConfig.DEFAULT;

  private PetrarchXmlReader(String name, XMLStreamReader xml) {
    this.name = name;
    this.xml = xml;
  }

  public static PetrarchFile read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    }
  }

  public static PetrarchFile read(String name, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    // The JDK's own parser, not whichever a jar on the classpath registers (Hadoop's client jar,
    // which Spark brings, registers a shaded Woodstox): its messages and DOCTYPE handling are
    // what the errors here are written for.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml;
    try {
      // Decoded here, not by the parser: the JDK's parser prints "[Fatal Error] ..." to stderr
      // on a byte that is not valid in the encoding, before it throws.
      xml = factory.createXMLStreamReader(new StringReader(XmlText.decode(name, bytes)));
    } catch (XMLStreamException e) {
      throw new PetrarchXmlException(name, 1, 1, "not XML: " + stripLocation(e));
    }
    PetrarchXmlReader reader = new PetrarchXmlReader(name, xml);
    try {
      return reader.readDocument();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      throw new PetrarchXmlException(
          name, line, column, "not well-formed XML: " + stripLocation(e));
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // closing a reader that already failed adds nothing to report
      }
    }
  }

  private static String stripLocation(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int index = message.indexOf("Message: ");
    return index >= 0 ? message.substring(index + 9).strip() : message.strip();
  }

  private PetrarchFile readDocument() throws XMLStreamException {
    nextStart();
    String root = xml.getLocalName();
    Optional<Environment> environment = Optional.empty();
    if (root.equals("Validation")) {
      while (nextStartWithin("Validation")) {
        switch (xml.getLocalName()) {
          case "Environment" -> environment = Optional.of(environment());
          case "Sentences" -> sentences();
          default -> skipElement();
        }
      }
    } else if (root.equals("Sentences")) {
      sentences();
    } else {
      throw error("expected <Validation> or <Sentences> as the root element, found <" + root + ">");
    }
    return new PetrarchFile(name, environment, sentences, problems);
  }

  private Environment environment() throws XMLStreamException {
    Optional<String> verbs = Optional.empty();
    Optional<String> agents = Optional.empty();
    Optional<String> discards = Optional.empty();
    List<String> actors = new ArrayList<>();
    while (nextStartWithin("Environment")) {
      switch (xml.getLocalName()) {
        case "Verbfile" -> verbs = Optional.of(xml.getElementText().strip());
        case "Actorfile" -> actors.add(xml.getElementText().strip());
        case "Agentfile" -> agents = Optional.of(xml.getElementText().strip());
        case "Discardfile" -> discards = Optional.of(xml.getElementText().strip());
        case "Config" -> config();
        default -> skipElement();
      }
    }
    return new Environment(verbs, actors, agents, discards);
  }

  private void config() throws XMLStreamException {
    String option = xml.getAttributeValue(null, "option");
    String value = xml.getAttributeValue(null, "value");
    if (option == null || value == null) {
      throw error("<Config> needs option and value attributes");
    }
    try {
      config = config.with(option, value);
    } catch (IllegalArgumentException e) {
      throw error("<Config>: " + e.getMessage());
    }
    skipElement();
  }

  private void sentences() throws XMLStreamException {
    while (nextStartWithin("Sentences")) {
      switch (xml.getLocalName()) {
        case "Sentence" -> sentence();
        case "Config" -> config();
        default -> skipElement();
      }
    }
  }

  /** What a {@code <Sentence>} holds besides its attributes, gathered as its children are read. */
  private static final class SentenceParts {
    @Nullable String text = null;
    @Nullable String parse = null;
    int parseLine = 0;
    final List<ExpectedEvent> expected = new ArrayList<>();
    Optional<String> error = Optional.empty();
    boolean noEvents = false;
  }

  private void sentence() throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    String id = attribute("id");
    String category = attribute("category");
    String date = attribute("date");
    SentenceParts parts = new SentenceParts();
    while (nextStartWithin("Sentence")) {
      switch (xml.getLocalName()) {
        case "Text" -> parts.text = xml.getElementText();
        case "Parse" -> {
          parts.parseLine = xml.getLocation().getLineNumber();
          parts.parse = xml.getElementText();
        }
        case "EventCoding" -> eventCoding(parts);
        default -> skipElement();
      }
    }
    add(line, id, category, date, parts);
  }

  private void eventCoding(SentenceParts parts) throws XMLStreamException {
    String errorKind = attribute("error");
    if (errorKind != null) {
      parts.error = Optional.of(errorKind);
    } else if (attribute("noevents") != null) {
      parts.noEvents = true;
    } else {
      parts.expected.add(
          new ExpectedEvent(
              orEmpty(attribute("sourcecode")),
              orEmpty(attribute("targetcode")),
              orEmpty(attribute("eventcode"))));
    }
    skipElement();
  }

  /** The sentence as a record, or a problem when it lacks an id, a date or a parse. */
  private void add(
      int line,
      @Nullable String id,
      @Nullable String category,
      @Nullable String date,
      SentenceParts parts) {
    String where = "line " + line + (id == null ? "" : ", sentence " + id);
    if (id == null || id.isBlank()) {
      problems.add(new Problem(name, where, "<Sentence> has no id attribute"));
      return;
    }
    Optional<LocalDate> day = parseDate(date);
    if (day.isEmpty()) {
      problems.add(
          new Problem(
              name,
              where,
              "expected date=\"YYYYMMDD\", found " + (date == null ? "none" : "\"" + date + "\"")));
      return;
    }
    if (parts.parse == null || parts.parse.isBlank()) {
      problems.add(new Problem(name, where, "<Sentence> has no <Parse> tree"));
      return;
    }
    sentences.add(
        new SentenceRecord(
            id.strip(),
            category == null ? "" : category.strip(),
            day.get(),
            parts.text == null ? "" : normalizeSpace(parts.text),
            parts.parse,
            parts.parseLine,
            parts.expected,
            parts.error,
            parts.noEvents,
            config,
            line));
  }

  private static String normalizeSpace(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static Optional<LocalDate> parseDate(@Nullable String date) {
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date.strip(), YYYYMMDD));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  /** An attribute by name, ignoring case and surrounding spaces ("noevents = ..." is common). */
  private @Nullable String attribute(String wanted) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).strip().equalsIgnoreCase(wanted)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private void nextStart() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.DTD) {
        // Its entities could expand to gigabytes; the reader has no use for a DOCTYPE.
        throw error("a DOCTYPE is refused: PETRARCH files need none");
      }
    }
    throw error("expected an element, found the end of the file");
  }

  /** Advances to the next child element of {@code parent}; false at the parent's end tag. */
  private boolean nextStartWithin(String parent) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(parent)) {
        return false;
      }
    }
    throw error("<" + parent + "> is never closed");
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private PetrarchXmlException error(String message) {
    return new PetrarchXmlException(
        name, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), message);
  }
}
