package org.sitrep.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CAMEO codes in PLOVER's terms, from the PLOVER project's conversion table (bundled as {@code
 * org/sitrep/cameo/CAMEO2PLOVER-2021.txt}, CC BY-SA 4.0; see SOURCE.md there).
 *
 * <p>A code the table lacks takes its three-digit parent's entry. Roots alone are not mapped: the
 * table gives root 08 two types, and roots 01 and 02 (statements, appeals) none, as PLOVER has no
 * such event.
 */
public final class PloverTable {
  private static final String RESOURCE = "/org/sitrep/cameo/CAMEO2PLOVER-2021.txt";
  private static final PloverTable BUNDLED = load();

  private final Map<String, Plover> byCode;

  private PloverTable(Map<String, Plover> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static PloverTable bundled() {
    return BUNDLED;
  }

  /** The PLOVER reading of a CAMEO code, or of its three-digit parent; empty for roots 01-02. */
  public Optional<Plover> plover(String code) {
    Plover exact = byCode.get(code);
    if (exact == null && code.length() > 3) {
      exact = byCode.get(code.substring(0, 3));
    }
    return Optional.ofNullable(exact);
  }

  private static PloverTable load() {
    InputStream in =
        Objects.requireNonNull(
            PloverTable.class.getResourceAsStream(RESOURCE), "missing resource " + RESOURCE);
    Map<String, Plover> byCode = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String entry = line.replaceFirst("#.*$", "").strip();
        int colon = entry.indexOf(':');
        if (colon < 0) {
          continue; // comments, blank lines, the table's "~~~~~" rule
        }
        String code = entry.substring(0, colon).strip();
        String[] fields = entry.substring(colon + 1).split(",", -1);
        if (code.length() < 3) {
          continue; // a root's heading: "08: CONCEDE"
        }
        if (!code.matches("\\d{3,4}") || fields.length != 3 || fields[0].isBlank()) {
          throw new IllegalStateException(
              RESOURCE
                  + ":"
                  + number
                  + ": expected CODE: TYPE, MODE, CONTEXT, found '"
                  + line
                  + "'");
        }
        byCode.put(code, new Plover(fields[0].strip(), optional(fields[1]), contexts(fields[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PloverTable(byCode);
  }

  private static Optional<String> optional(String field) {
    return field.isBlank() ? Optional.empty() : Optional.of(field.strip());
  }

  /** "legal; military" names two contexts. */
  private static List<String> contexts(String field) {
    return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
