package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a free-text search: letters (with their marks) and digits, lower-cased, at most 16
 * of them. Every word counts, "the" and "who" too: both stores index words as written, with no stop
 * words and no stemming, so that they answer alike.
 */
final class SearchWords {
  private static final int MAX_WORDS = 16;

  private SearchWords() {}

  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (!word.isEmpty() && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    return words;
  }
}
