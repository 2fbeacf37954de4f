package org.sitrep.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A bundled two-column CAMEO table (a header line, then CODE, a tab and a value per line), and the
 * lookup its users share: a code the table lacks takes its longest listed prefix's value.
 *
 * <pre>{@code CodeTable.read("/org/sitrep/cameo/CAMEO.eventcodes.txt", "NAME").get("195")}</pre>
 *
 * <p>The actor tables (countries, known groups, types, religions, ethnic groups) are read with
 * {@link #labels}: their codes are matched in upper case and list a few codes twice, first wins.
 */
public final class CodeTable {
  private CodeTable() {}

  /** The table as code to value; {@code valueName} names the second column in errors. */
  static Map<String, String> read(String resource, String valueName) {
    Map<String, String> values = new HashMap<>();
    rows(resource, valueName, values::put);
    return Map.copyOf(values);
  }

  /** A CAMEO actor table as upper-case code to label ("GOV" to "Government"), first line wins. */
  public static Map<String, String> labels(String resource) {
    Map<String, String> labels = new HashMap<>();
    rows(
        resource,
        "LABEL",
        (code, label) -> labels.putIfAbsent(code.toUpperCase(Locale.ROOT), label));
    return Map.copyOf(labels);
  }

  private static void rows(String resource, String valueName, BiConsumer<String, String> row) {
    // the stream is a resource from the moment it opens: building the message must not leak it
    try (InputStream in = CodeTable.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    Objects.requireNonNull(in, "missing resource " + resource),
                    StandardCharsets.UTF_8))) {
      reader.readLine(); // header
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2) {
          throw new IllegalStateException(
              resource
                  + ":"
                  + number
                  + ": expected CODE<TAB>"
                  + valueName
                  + ", found '"
                  + line
                  + "'");
        }
        row.accept(cells[0].strip(), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The value of {@code code} or of its longest listed prefix of two digits or more. */
  static <V> Optional<V> byLongestPrefix(Map<String, V> table, String code) {
    for (int length = code.length(); length >= 2; length--) {
      V value = table.get(code.substring(0, length));
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
