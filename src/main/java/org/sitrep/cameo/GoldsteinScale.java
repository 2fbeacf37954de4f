package org.sitrep.cameo;

import java.util.HashMap;
import java.util.Map;
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
    Map<String, Double> scores = new HashMap<>();
    CodeTable.read(RESOURCE, "SCORE")
        .forEach((code, score) -> scores.put(code, Double.parseDouble(score)));
    return new GoldsteinScale(scores);
  }

  /** The score of a code or of its longest listed prefix; empty if even the root is unknown. */
  public OptionalDouble score(String code) {
    return CodeTable.byLongestPrefix(scores, code)
        .map(OptionalDouble::of)
        .orElse(OptionalDouble.empty());
  }

  /** Whether the table lists this exact code. */
  public boolean lists(String code) {
    return scores.containsKey(code);
  }
}
