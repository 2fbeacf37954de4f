package org.sitrep.dictionaries;

import java.util.List;

/**
 * A block of the verb dictionary ({@code --- ABANDON [080] ---}): verbs that share a default code
 * and a list of patterns, tried most specific first.
 *
 * <pre>{@code block.patterns()  // - * DIPLOMATIC TIES [901], ...}</pre>
 */
public record VerbBlock(
    String name, CodePair code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {
  public VerbBlock {
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }
}
