package org.sitrep.dictionaries;

/**
 * Where an agent phrase matched a sentence: tokens {@code [start, start + length)}.
 *
 * <pre>{@code agents.longestMatch(tokens, i).map(AgentMatch::entry)}</pre>
 */
public record AgentMatch(AgentEntry entry, int start, int length) {

  /** The index just past the matched tokens. */
  public int end() {
    return start + length;
  }
}
