package org.sitrep.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Events of one day of the report's period by quad class: {@code byQuad.get(q)} for quad class q
 * (1-4; index 0 for codes outside CAMEO).
 *
 * <pre>{@code bar.byQuad().get(4)  // material conflict events that day}</pre>
 */
public record DayBar(LocalDate date, List<Long> byQuad) {
  public DayBar {
    Objects.requireNonNull(date, "date");
    byQuad = List.copyOf(byQuad);
    if (byQuad.size() != 5) {
      throw new IllegalArgumentException("a day has counts for quad classes 0-4: " + byQuad);
    }
  }

  public long total() {
    return byQuad.stream().mapToLong(Long::longValue).sum();
  }
}
