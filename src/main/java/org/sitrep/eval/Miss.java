package org.sitrep.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gold event no prediction matched, and the bucket its miss falls in.
 *
 * <pre>{@code new Miss(gold, MissCause.SOURCE_NOT_FOUND)}</pre>
 */
public record Miss(GoldEvent gold, MissCause cause) {
  public Miss {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(cause, "cause");
  }

  /** How many misses fall in each bucket, every bucket present (zero or more), in bucket order. */
  public static Map<MissCause, Integer> byCause(List<Miss> misses) {
    Map<MissCause, Integer> counts = new EnumMap<>(MissCause.class);
    for (MissCause cause : MissCause.values()) {
      counts.put(cause, 0);
    }
    for (Miss miss : misses) {
      counts.merge(miss.cause(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
