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
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The Goldstein conflict-cooperation score of each CAMEO event code, from GDELT's lookup table
 * (bundled as {@code org/sitrep/cameo/CAMEO.goldsteinscale.txt}).
 *
 * <pre>{@code GoldsteinScale.gdelt().score("195")  // -10.0 }</pre>
 *
 * <p>Codes the table lacks (some dictionary patterns use finer codes such as "0874" or "1123") fall
 * back to their longest listed prefix, so a sub-code scores like its parent.
 */
public final class GoldsteinScale {
  private static final String RESOURCE = "/org/sitrep/cameo/CAMEO.goldsteinscale.txt";
  private static volatile @Nullable GoldsteinScale gdelt;

  private final Map<String, Double> scores;

  private GoldsteinScale(Map<String, Double> scores) {
    this.scores = Map.copyOf(scores);
  }

  /** The GDELT table, loaded once per JVM. */
  public static GoldsteinScale gdelt() {
    GoldsteinScale table = gdelt;
    if (table == null) {
      synchronized (GoldsteinScale.class) {
        if (gdelt == null) {
          gdelt = load();
        }
        table = gdelt;
      }
    }
    return table;
  }

  private static GoldsteinScale load() {
    InputStream in =
        Objects.requireNonNull(
            GoldsteinScale.class.getResourceAsStream(RESOURCE), "missing resource " + RESOURCE);
    Map<String, Double> scores = new HashMap<>();
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
              RESOURCE + ":" + number + ": expected CODE<TAB>SCORE, found '" + line + "'");
        }
        scores.put(cells[0].trim(), Double.parseDouble(cells[1].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GoldsteinScale(scores);
  }

  /** The score of a code or of its longest listed prefix; empty if even the root is unknown. */
  public OptionalDouble score(String code) {
    for (int length = code.length(); length >= 2; length--) {
      Double score = scores.get(code.substring(0, length));
      if (score != null) {
        return OptionalDouble.of(score);
      }
    }
    return OptionalDouble.empty();
  }

  /** Whether the table lists this exact code. */
  public boolean lists(String code) {
    return scores.containsKey(code);
  }
}
