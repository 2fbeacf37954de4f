package org.sitrep.dictionaries;

import java.util.List;

/**
 * A synonym set of the verb dictionary ({@code &CURRENCY}); each member is a sequence of words or
 * nested synsets that may stand where the set is named in a pattern.
 *
 * <pre>{@code synset.members()  // [[DOLLARS], [SWISS, FRANCS], ...]}</pre>
 *
 * <p>Members also match with a plural last word unless the set's name ends in {@code _} ({@code
 * &PREPOSIT1_}) or the member does.
 */
public record Synset(String name, List<List<PatternElement>> members, boolean plurals, int line) {
  public Synset {
    members = members.stream().map(List::copyOf).toList();
  }
}
