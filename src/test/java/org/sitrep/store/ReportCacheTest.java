package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.merge.Report;

class ReportCacheTest {
  private static Report report(String sentence) {
    return new Report(
        Articles.article("a1", "2025-03-08", "Reuters")
            .event(sentence, "2025-03-07", "RUSMIL", "UKR", "195", 4, -10)
            .coded()
            .events()
            .get(0),
        Optional.of("Reuters"),
        Optional.empty());
  }

  @Test
  void keepsTheMostRecentlyUsedReportsUpToItsCapacity() {
    ReportCache cache = new ReportCache(2);
    Report first = report("Russia struck Ukraine.");
    cache.put(1, first);
    cache.put(2, report("Russian drones hit Kyiv."));
    assertThat(cache.get(1)).containsSame(first); // now used more recently than 2
    cache.put(3, report("Russia shelled Kharkiv."));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(2)).isEmpty();
    assertThat(cache.get(1)).containsSame(first);
    assertThat(cache.get(3)).isPresent();
  }
}
