package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a free-text search: letters (with their marks) and digits, lower-cased, at most 16
 * of them. Every word counts, "the" and "who" too: neither store has stop words. Both index words
 * by their Porter stem and stem the words searched for, so "drone" finds "drones" and "sanction"
 * finds "sanctioned". A word of {@value #PREFIX_FROM} letters or more that no sentence holds, the
 * start of a word, finds the words whose stem begins with it ("russ" finds "Russia" and "Russian");
 * a word that is there, or a shorter one, only its own forms ("war" finds no "warned").
 */
final class SearchWords {
  private static final int MAX_WORDS = 16;

  /** The shortest word searched for as a prefix too. */
  static final int PREFIX_FROM = 4;

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

  /** Whether {@code word} (one of {@link #of}) is long enough to be taken as a prefix. */
  static boolean isPrefix(String word) {
    return word.codePointCount(0, word.length()) >= PREFIX_FROM;
  }
}
