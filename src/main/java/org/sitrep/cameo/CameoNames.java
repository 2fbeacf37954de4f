package org.sitrep.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The name of each CAMEO event code, from GDELT's lookup table (bundled as {@code
 * org/sitrep/cameo/CAMEO.eventcodes.txt}), so outputs can say "Employ aerial weapons" beside 195.
 *
 * <pre>{@code CameoNames.bundled().name("195")  // "Employ aerial weapons"}</pre>
 *
 * <p>A code the table lacks takes its longest listed prefix's name, as Goldstein scores do.
 */
public final class CameoNames {
  private static final String RESOURCE = "/org/sitrep/cameo/CAMEO.eventcodes.txt";
  private static final CameoNames BUNDLED = load();

  private final Map<String, String> names;

  private CameoNames(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  public static CameoNames bundled() {
    return BUNDLED;
  }

  public Optional<String> name(String code) {
    for (int length = code.length(); length >= 2; length--) {
      String name = names.get(code.substring(0, length));
      if (name != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static CameoNames load() {
    InputStream in =
        Objects.requireNonNull(
            CameoNames.class.getResourceAsStream(RESOURCE), "missing resource " + RESOURCE);
    Map<String, String> names = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
              RESOURCE + ":" + number + ": expected CODE<TAB>NAME, found '" + line + "'");
        }
        names.put(cells[0].strip(), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CameoNames(names);
  }
}
