package org.sitrep.dictionaries;

import java.util.Optional;

/**
 * Regular English plural of an upper-case word, used where a dictionary leaves plurals to the
 * program.
 *
 * <pre>{@code Plurals.of("CONGRESS")  // Optional[CONGRESSES]}</pre>
 *
 * <p>Rule: {@code S X Z CH SH} take {@code ES}; consonant + {@code Y} becomes {@code IES};
 * everything else takes {@code S}. PETRARCH's own rule is cruder (every final {@code Y} to {@code
 * IES}, giving ATTORNIES, and only {@code S} takes {@code ES}); we keep to English spelling because
 * the plural must match real text. A word not ending in a letter (such as {@code GOVERNMENT,} in a
 * list-like agent name) gets no plural.
 */
final class Plurals {

  private Plurals() {}

  static Optional<String> of(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))) {
      return Optional.empty();
    }
    if (word.endsWith("S")
        || word.endsWith("X")
        || word.endsWith("Z")
        || word.endsWith("CH")
        || word.endsWith("SH")) {
      return Optional.of(word + "ES");
    }
    if (word.endsWith("Y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
      return Optional.of(word.substring(0, word.length() - 1) + "IES");
    }
    return Optional.of(word + "S");
  }

  private static boolean isVowel(char c) {
    return "AEIOU".indexOf(c) >= 0;
  }
}
