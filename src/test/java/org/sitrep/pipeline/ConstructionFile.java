package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the construction suite's file (constructions.txt): blocks separated by blank lines, each
 *
 * <pre>{@code
 * # speech-01: reported speech            <- id and construction
 * date: 2025-03-10                        <- optional; DEFAULT_DATE otherwise
 * Russia launched drones at Ukraine.      <- 0 to 3 context sentences, one a line
 * The air force said it downed 40 of them. <- the sentence under test (the last text line)
 * => UKRMIL RUS 190 claimed_by=UKRMIL     <- one line per expected event, or "=> none"
 * }</pre>
 *
 * <p>Lines starting with {@code ##} are comments anywhere. See {@link ExpectedEvent} for what an
 * expectation line may say. A malformed block is an {@link IllegalArgumentException} naming the
 * file, the line and what was expected.
 */
final class ConstructionFile {
  /** The publication date of an item without a {@code date:} line. */
  static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 3, 10);

  static final int MAX_CONTEXT = 3;

  private static final Pattern HEADER = Pattern.compile("# ([a-z0-9][a-z0-9-]*): (\\S.*)");
  private static final String DATE = "date:";
  private static final String EXPECT = "=>";
  private static final String NONE = "none";

  private ConstructionFile() {}

  static List<ConstructionItem> read(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Parses the lines of a file called {@code name} (for error messages). */
  static List<ConstructionItem> parse(String name, List<String> lines) {
    List<ConstructionItem> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Block block = null;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (line.startsWith("##")) {
        continue;
      }
      try {
        if (line.isEmpty()) {
          if (block != null) {
            items.add(block.item());
            block = null;
          }
          continue;
        }
        if (block == null) {
          block = Block.start(line, number, seen);
        } else {
          block.add(line);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
      }
    }
    if (block != null) {
      try {
        items.add(block.item());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lines.size() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(items);
  }

  /** The block being read; every check names what the line should have been. */
  private static final class Block {
    private final String id;
    private final String construction;
    private final int line;
    private LocalDate date = DEFAULT_DATE;
    private final List<String> text = new ArrayList<>();
    private final List<ExpectedEvent> expected = new ArrayList<>();
    private boolean none;
    private boolean dated;

    private Block(String id, String construction, int line) {
      this.id = id;
      this.construction = construction;
      this.line = line;
    }

    static Block start(String header, int number, Map<String, Integer> seen) {
      Matcher m = HEADER.matcher(header);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "a block must start with '# id: construction' (id of a-z, 0-9 and -), got '"
                + header
                + "'");
      }
      Integer earlier = seen.putIfAbsent(m.group(1), number);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "id " + m.group(1) + " is already used on line " + earlier);
      }
      return new Block(m.group(1), m.group(2).strip(), number);
    }

    void add(String line) {
      if (line.startsWith(EXPECT)) {
        expect(line.substring(EXPECT.length()).strip());
      } else if (line.startsWith(DATE)) {
        if (dated || !text.isEmpty()) {
          throw new IllegalArgumentException(
              "'date:' must come once, right after the header: '" + line + "'");
        }
        dated = true;
        date = date(line.substring(DATE.length()).strip());
      } else if (line.startsWith("#")) {
        throw new IllegalArgumentException(
            "a new block must follow a blank line; comments start with ##: '" + line + "'");
      } else {
        if (!expected.isEmpty() || none) {
          throw new IllegalArgumentException(
              "a sentence after the expectations (the sentence under test comes last): '"
                  + line
                  + "'");
        }
        text.add(line);
      }
    }

    private void expect(String what) {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("an expectation before any sentence: '=> " + what + "'");
      }
      if (none || (what.equals(NONE) && !expected.isEmpty())) {
        throw new IllegalArgumentException("'=> none' must be the block's only expectation");
      }
      if (what.equals(NONE)) {
        none = true;
      } else {
        expected.add(ExpectedEvent.parse(what));
      }
    }

    private static LocalDate date(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("expected 'date: YYYY-MM-DD', got '" + value + "'", e);
      }
    }

    ConstructionItem item() {
      if (text.isEmpty() || (expected.isEmpty() && !none)) {
        throw new IllegalArgumentException(
            "block "
                + id
                + " (line "
                + line
                + ") needs a sentence and at least one '=>' line ('=> none' if it gives no event)");
      }
      if (text.size() > MAX_CONTEXT + 1) {
        throw new IllegalArgumentException(
            "block "
                + id
                + " (line "
                + line
                + ") has "
                + (text.size() - 1)
                + " context sentences; at most "
                + MAX_CONTEXT);
      }
      return new ConstructionItem(
          id,
          construction,
          line,
          date,
          text.subList(0, text.size() - 1),
          text.get(text.size() - 1),
          expected);
    }
  }
}
