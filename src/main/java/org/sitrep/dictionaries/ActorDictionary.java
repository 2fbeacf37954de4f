package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Actor phrases and their codes, indexed for longest-match lookup in a sentence.
 *
 * <pre>
 * {@code ActorDictionary.read("PETR.Validate.actors.txt", reader).longestMatch(List.of("FRANCE"), 0)}
 * </pre>
 *
 * <p>A phrase matches the tokens word by word; a phrase whose last word is a stem ({@link
 * Phrase#stemLast()}) matches any token starting with that word. The most words wins; at equal
 * length exact beats stem, then a longer stem beats a shorter one, then the phrase defined first
 * (earlier part of a merge, earlier line) wins.
 */
public final class ActorDictionary {

  private record Target(ActorEntry entry, Phrase phrase) {}

  private final List<ActorEntry> entries;
  // Built on the first lookup (or by of()): the parts read for a merge (Phoenix has three) are
  // never looked up themselves, and building their tries cost about a tenth of the Phoenix load.
  private volatile @Nullable PhraseTrie<Target> trie;

  private ActorDictionary(List<ActorEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  private PhraseTrie<Target> trie() {
    PhraseTrie<Target> built = trie;
    if (built == null) {
      synchronized (this) {
        built = trie;
        if (built == null) {
          built = new PhraseTrie<>();
          for (ActorEntry entry : entries) {
            for (Phrase phrase : entry.phrases()) {
              built.add(phrase, new Target(entry, phrase));
            }
          }
          trie = built;
        }
      }
    }
    return built;
  }

  /**
   * Reads a dictionary, stopping at the first malformed line.
   *
   * @throws DictionaryException naming the source and line of the first malformed line
   */
  public static ActorDictionary read(String sourceName, Reader in) {
    return read(sourceName, in, Problems.strict());
  }

  /**
   * Reads a dictionary, passing each malformed line to {@code problems} and leaving it out (a bad
   * primary line drops its whole entry). The production Phoenix files have a few date typos such as
   * {@code [ARMUNR 9008223-911221]}; this lets a loader log them and go on. A handler that throws
   * makes the read strict; an unterminated comment always throws.
   */
  public static ActorDictionary read(
      String sourceName, Reader in, Consumer<DictionaryException> problems) {
    return new ActorDictionary(ActorDictionaryReader.read(sourceName, in, problems));
  }

  /** Merges dictionaries; where phrases collide the earlier part wins. */
  public static ActorDictionary of(List<ActorDictionary> parts) {
    List<ActorEntry> all = new ArrayList<>();
    for (ActorDictionary part : parts) {
      all.addAll(part.entries);
    }
    ActorDictionary merged = new ActorDictionary(all);
    merged
        .trie(); // the merge is what gets looked up: build its index now, not on the first sentence
    return merged;
  }

  /** All entries in file (and merge) order. */
  public List<ActorEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /**
   * The longest actor phrase starting at {@code tokens[start]}.
   *
   * @param tokens upper-case words of a sentence
   */
  public Optional<ActorMatch> longestMatch(List<String> tokens, int start) {
    return trie()
        .longestMatch(tokens, start)
        .map(hit -> new ActorMatch(hit.value().entry(), hit.value().phrase(), start, hit.length()));
  }
}
