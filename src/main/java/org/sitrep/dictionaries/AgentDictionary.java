package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Agent phrases (ambassador, police, NGO...) that qualify an actor, indexed for longest-match
 * lookup. Matching is by exact words: PETRARCH agents have no stems, plurals are listed.
 *
 * <pre>
 * {@code AgentDictionary.read("Phoenix.agents.txt", reader).longestMatch(List.of("POLICEMEN"), 0)}
 * </pre>
 */
public final class AgentDictionary {

  private final List<AgentEntry> entries;
  private final PhraseTrie<AgentEntry> trie = new PhraseTrie<>();

  private AgentDictionary(List<AgentEntry> entries) {
    this.entries = List.copyOf(entries);
    for (AgentEntry entry : this.entries) {
      trie.add(entry.phrase(), entry);
    }
  }

  /**
   * Reads a dictionary, stopping at the first malformed line.
   *
   * @throws DictionaryException naming the source and line of the first malformed line
   */
  public static AgentDictionary read(String sourceName, Reader in) {
    return read(sourceName, in, Problems.strict());
  }

  /**
   * Reads a dictionary, passing each malformed line to {@code problems} and leaving it out.
   * Phoenix.agents.txt has two such lines (an agent without a code, and {@code [~ENV}}).
   */
  public static AgentDictionary read(
      String sourceName, Reader in, Consumer<DictionaryException> problems) {
    return new AgentDictionary(AgentDictionaryReader.read(sourceName, in, problems));
  }

  /**
   * Merges dictionaries; where phrases collide the earlier part wins, so an overlay read first
   * recodes an upstream agent ({@code sitrep.current.agents.txt} ahead of {@code
   * Phoenix.agents.txt}).
   */
  public static AgentDictionary of(List<AgentDictionary> parts) {
    List<AgentEntry> all = new ArrayList<>();
    for (AgentDictionary part : parts) {
      all.addAll(part.entries);
    }
    return new AgentDictionary(all);
  }

  /** All entries, including generated plurals and substitution-set expansions, in file order. */
  public List<AgentEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /**
   * The longest agent phrase starting at {@code tokens[start]}; the first defined wins a tie.
   *
   * @param tokens upper-case words of a sentence
   */
  public Optional<AgentMatch> longestMatch(List<String> tokens, int start) {
    return trie.longestMatch(tokens, start)
        .map(hit -> new AgentMatch(hit.value(), start, hit.length()));
  }
}
