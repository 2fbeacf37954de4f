package org.sitrep.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;

/**
 * Talks told once: "Modi and Xi held talks" is one meeting, coded from the party named first, not a
 * meeting of each with the other. A visit and its hosting (042, 043) stay two events. A pact of
 * three or more ("Mali, Burkina Faso and Niger formed a defence pact", "the three Sahel states
 * formed a pact") is told from the party named first to each of the others, not between every pair;
 * co-subjects that sign with a party named apart ("Egypt, Qatar and Turkey signed a declaration
 * with the US") each sign with it.
 */
final class MutualTalks {
  // agreeing to meet, meeting, phoning, talks at a third place, negotiating
  private static final Set<String> TALKS = Set.of("036", "040", "041", "044", "046");
  // signing a formal agreement
  private static final String PACT = "057";

  private MutualTalks() {}

  /** Drops from the sentence's events each talk whose reverse, named first, is told too. */
  static void tellOnce(Map<String, Located> located) {
    List<Located> all = List.copyOf(located.values());
    located.values().removeIf(e -> TALKS.contains(e.code().value()) && hasEarlierReverse(e, all));
    firstNamedOnly(located, PACT);
  }

  /** Of the events of {@code code} among three or more named parties, keeps the first-named's. */
  private static void firstNamedOnly(Map<String, Located> located, String code) {
    List<Located> pacts =
        located.values().stream().filter(e -> e.code().value().equals(code)).toList();
    Set<ActorCode> parties = new HashSet<>();
    Set<ActorCode> sources = new HashSet<>();
    Map<Integer, ActorCode> sourceAt = new HashMap<>();
    Located first = null;
    boolean shared = false;
    for (Located e : pacts) {
      if (e.sourceAt() < 0 || e.target().isNone()) {
        return;
      }
      ActorCode before = sourceAt.putIfAbsent(e.sourceAt(), e.source());
      shared |= before != null && !before.equals(e.source());
      parties.add(e.source());
      parties.add(e.target());
      sources.add(e.source());
      if (first == null || e.sourceAt() < first.sourceAt()) {
        first = e;
      }
    }
    if (sourceAt.size() == 1 && !pacts.isEmpty()) {
      // parties of one phrase ("the three Sahel states") come in the order the article named them
      first = pacts.get(0);
    } else if (shared) {
      return;
    }
    // a party that signs with the others but is never told as signing itself stands apart
    if (first != null && parties.size() >= 3 && sources.containsAll(parties)) {
      ActorCode lead = first.source();
      located.values().removeIf(e -> e.code().value().equals(code) && !e.source().equals(lead));
    }
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
