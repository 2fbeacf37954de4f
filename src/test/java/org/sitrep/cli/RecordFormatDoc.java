package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field tables of docs/record-format.md, by section ("Event line", "Actor ..."), so tests can
 * hold what the commands print to what the repository tells users.
 */
final class RecordFormatDoc {
  static final Path FILE = Path.of("docs/record-format.md");
  private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([a-z_]+)` \\|");

  private RecordFormatDoc() {}

  /** Section title (up to its first parenthesis or space-free word list) to its field names. */
  static Map<String, Set<String>> fields() {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    Set<String> current = null;
    try {
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        if (line.startsWith("## ")) {
          current = new LinkedHashSet<>();
          sections.put(line.substring(3).replaceFirst("\\s*\\(.*$", "").strip(), current);
          continue;
        }
        Matcher row = FIELD_ROW.matcher(line);
        if (current != null && row.find()) {
          current.add(row.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sections;
  }

  static Set<String> fields(String section) {
    Set<String> found = fields().get(section);
    if (found == null || found.isEmpty()) {
      throw new IllegalStateException(FILE + " has no field table under '## " + section + "'");
    }
    return found;
  }

  /** The column table under a section: first cell to second, in the document's order. */
  static Map<String, String> columns(String section) {
    Map<String, String> columns = new LinkedHashMap<>();
    boolean inside = false;
    try {
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        if (line.startsWith("## ")) {
          inside = line.substring(3).startsWith(section);
        } else if (inside && line.startsWith("| ") && !line.startsWith("|---")) {
          String[] cells = line.split("\\|");
          columns.put(cells[1].strip(), cells[2].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    columns.remove("column"); // the header row
    if (columns.isEmpty()) {
      throw new IllegalStateException(FILE + " has no column table under '## " + section + "'");
    }
    return columns;
  }
}
