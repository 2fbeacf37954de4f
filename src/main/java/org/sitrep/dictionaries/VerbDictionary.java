package org.sitrep.dictionaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verb dictionary: blocks of verbs with their patterns, and the synonym sets the patterns name.
 * Verbs are indexed by every surface form of their verb word, so the coder finds the candidate
 * entries of a sentence's verb in one lookup.
 *
 * <pre>{@code
 * VerbDictionary verbs = VerbDictionaryReader.read("verbs.txt", reader);
 * verbs.entriesFor("BANNED")  // the BAN entry with its block
 * }</pre>
 */
public final class VerbDictionary {
  /** A verb entry with the block it belongs to and the form that matched. */
  public record Candidate(VerbBlock block, VerbEntry entry, VerbForm form) {}

  private final List<VerbBlock> blocks;
  private final Map<String, Synset> synsets;
  private final Map<String, List<Candidate>> byVerbWord;

  VerbDictionary(List<VerbBlock> blocks, Map<String, Synset> synsets) {
    this.blocks = List.copyOf(blocks);
    this.synsets = Map.copyOf(synsets);
    Map<String, List<Candidate>> index = new HashMap<>();
    // A verb defined again later replaces the earlier definition, as in PETRARCH: later blocks
    // are listed first.
    for (VerbBlock block : reversed(blocks)) {
      for (VerbEntry entry : block.verbs()) {
        for (VerbForm form : entry.forms()) {
          index
              .computeIfAbsent(form.verb(), k -> new ArrayList<>())
              .add(new Candidate(block, entry, form));
        }
      }
    }
    // Multi-word forms first: "BREAK DOWN" must win over "BREAK" when the particle is there.
    index.replaceAll(
        (word, list) -> {
          List<Candidate> sorted = new ArrayList<>(list);
          sorted.sort((a, b) -> Integer.compare(b.form().words().size(), a.form().words().size()));
          return List.copyOf(sorted);
        });
    this.byVerbWord = Map.copyOf(index);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  public List<VerbBlock> blocks() {
    return blocks;
  }

  public Optional<Synset> synset(String name) {
    return Optional.ofNullable(synsets.get(name));
  }

  public Map<String, Synset> synsets() {
    return synsets;
  }

  /** Entries whose verb word takes this (upper-case) form, longest multi-word forms first. */
  public List<Candidate> entriesFor(String verbWord) {
    return byVerbWord.getOrDefault(verbWord, List.of());
  }

  public int patternCount() {
    return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
  }
}
