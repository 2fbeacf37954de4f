package org.sitrep.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coding.Located;

/**
 * Talks told once: "Modi and Xi held talks" is one meeting, coded from the party named first, not a
 * meeting of each with the other. A visit and its hosting (042, 043) stay two events.
 */
final class MutualTalks {
  // agreeing to meet, meeting, phoning, talks at a third place, negotiating
  private static final Set<String> TALKS = Set.of("036", "040", "041", "044", "046");

  private MutualTalks() {}

  /** Drops from the sentence's events each talk whose reverse, named first, is told too. */
  static void tellOnce(Map<String, Located> located) {
    List<Located> all = List.copyOf(located.values());
    located.values().removeIf(e -> TALKS.contains(e.code().value()) && hasEarlierReverse(e, all));
  }

  private static boolean hasEarlierReverse(Located e, List<Located> all) {
    for (Located o : all) {
      if (o != e
          && o.source().equals(e.target())
          && o.target().equals(e.source())
          && o.code().root().equals(e.code().root())
          && namedBefore(o, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code o}'s source is named before {@code e}'s. Parties of one phrase ("the two sides")
   * or both implied by the story are in no order: then both directions stay.
   */
  private static boolean namedBefore(Located o, Located e) {
    return o.sourceAt() >= 0 && e.sourceAt() >= 0 && o.sourceAt() < e.sourceAt();
  }
}
