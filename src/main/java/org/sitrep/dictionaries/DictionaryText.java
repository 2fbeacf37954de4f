package org.sitrep.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dictionary into its meaningful lines: comments and blank lines removed, line numbers
 * kept so every later error can point at the file.
 *
 * <p>Comment rules shared by all PETRARCH dictionaries: {@code #} runs to the end of the line; a
 * line starting with {@code <!} opens an XML-style comment that ends on the first line containing
 * {@code -->} (the same line or a later one); {@code <!-- ... -->} inside a line is cut out. A line
 * starting with {@code <!} rather than exactly {@code <!--} is still a comment because
 * PETR.Validate.actors.txt has a {@code <! -- ... -->} line and PETRARCH skips any line starting
 * with {@code <!}.
 */
final class DictionaryText {

  /** One meaningful line: comments removed, surrounding whitespace stripped, never blank. */
  record Line(int number, String text) {}

  private DictionaryText() {}

  static List<Line> read(String source, Reader in) {
    List<Line> lines = new ArrayList<>();
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int number = 0;
    int commentOpenedAt = 0; // 0 = not inside a multi-line comment
    try {
      String raw;
      while ((raw = reader.readLine()) != null) {
        number++;
        if (number == 1 && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        if (commentOpenedAt > 0) {
          if (raw.contains("-->")) {
            commentOpenedAt = 0;
          }
          continue;
        }
        String text = raw.strip();
        if (text.startsWith("<!")) {
          if (text.indexOf("-->", 2) < 0) {
            commentOpenedAt = number;
          }
          continue;
        }
        text = stripInlineComments(text).strip();
        if (!text.isEmpty()) {
          lines.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + source, e);
    }
    if (commentOpenedAt > 0) {
      throw new DictionaryException(
          source,
          commentOpenedAt,
          "expected '-->' to close the comment opened here, found end of file");
    }
    return List.copyOf(lines);
  }

  private static String stripInlineComments(String text) {
    String rest = text;
    int open;
    while ((open = rest.indexOf("<!--")) >= 0) {
      int close = rest.indexOf("-->", open + 4);
      if (close < 0) {
        break; // left in place so the reader reports the stray '<!--' as text
      }
      rest = rest.substring(0, open) + " " + rest.substring(close + 3);
    }
    int hash = rest.indexOf('#');
    return hash >= 0 ? rest.substring(0, hash) : rest;
  }
}
