package org.sitrep.dictionaries;

/**
 * Where an actor phrase matched a sentence: tokens {@code [start, start + length)}.
 *
 * <pre>{@code dictionary.longestMatch(tokens, 0).map(m -> m.entry().codeOn(date))}</pre>
 *
 * @param phrase the primary or synonym phrase that matched
 */
public record ActorMatch(ActorEntry entry, Phrase phrase, int start, int length) {

  /** The index just past the matched tokens. */
  public int end() {
    return start + length;
  }
}
