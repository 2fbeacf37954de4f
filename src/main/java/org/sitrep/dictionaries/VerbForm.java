package org.sitrep.dictionaries;

import java.util.List;

/**
 * One surface form of a verb entry: its words, with the index of the inflected verb word. "BREAK
 * DOWN" has the verb at 0 and the particle after it; "WIRE TAP" has the verb at 1.
 *
 * <pre>{@code new VerbForm(List.of("BROKE", "DOWN"), 0)}</pre>
 */
public record VerbForm(List<String> words, int verbIndex) {
  public VerbForm {
    words = List.copyOf(words);
    if (verbIndex < 0 || verbIndex >= words.size()) {
      throw new IllegalArgumentException("verb index " + verbIndex + " outside " + words);
    }
  }

  public String verb() {
    return words.get(verbIndex);
  }

  /** Words that must come right before the verb, in sentence order. */
  public List<String> leading() {
    return words.subList(0, verbIndex);
  }

  /** Words that must come right after the verb (particles), in sentence order. */
  public List<String> trailing() {
    return words.subList(verbIndex + 1, words.size());
  }
}
