package org.sitrep.dictionaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase: upper-case words, and whether its last word is a stem.
 *
 * <p>Dictionaries join words with {@code _} or spaces. In TABARI's convention a phrase that does
 * not end in {@code _} leaves its last word open, so {@code ARGENTIN} matches {@code ARGENTINA} and
 * {@code ARGENTINIAN}; a trailing {@code _} ({@code ARNOR_}) demands the exact word.
 *
 * <pre>{@code Phrase.parse("NEW_ZEALAND")  // words [NEW, ZEALAND], stemLast true}</pre>
 *
 * @param words the words, upper-case, never empty, none containing {@code _} or spaces
 * @param stemLast true if the last word may match any token that starts with it
 */
public record Phrase(List<String> words, boolean stemLast) {

  public Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs at least one word");
    }
    for (String word : words) {
      if (word.isEmpty() || word.indexOf('_') >= 0 || hasWhitespace(word)) {
        throw new IllegalArgumentException("not a single word: '" + word + "'");
      }
    }
  }

  /**
   * Reads dictionary phrase text such as {@code "UNITED_NATIONS"} or {@code "HAMAS WING"}.
   *
   * @throws IllegalArgumentException if the text has no words
   */
  public static Phrase parse(String text) {
    String trimmed = text.strip();
    List<String> words = splitWords(trimmed);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("expected a phrase, found '" + text + "'");
    }
    return new Phrase(words, !trimmed.endsWith("_"));
  }

  private static boolean hasWhitespace(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isWhitespace(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits on underscores and whitespace and upper-cases; runs of separators count once. Whitespace
   * is regex {@code \s} (space, tab, newline, vertical tab, form feed, carriage return).
   * Hand-written rather than {@code split("[_\\s]+")}, which compiled a regex per call and was the
   * largest single cost of loading the Phoenix actor files.
   */
  static List<String> splitWords(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isSeparator(text.charAt(i))) {
        if (start >= 0) {
          words.add(text.substring(start, i).toUpperCase(Locale.ROOT));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(text.substring(start).toUpperCase(Locale.ROOT));
    }
    return words;
  }

  private static boolean isSeparator(char c) {
    return c == '_'
        || c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r';
  }

  /** The same words with the last one demanding an exact match. */
  Phrase exact() {
    return stemLast ? new Phrase(words, false) : this;
  }

  /**
   * The phrase as a dictionary writes it: words joined by {@code _}, a final {@code _} if exact.
   */
  public String dictionaryForm() {
    return String.join("_", words) + (stemLast ? "" : "_");
  }
}
