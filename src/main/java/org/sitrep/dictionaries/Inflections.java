package org.sitrep.dictionaries;

import java.util.List;

/**
 * Regular English inflections of a verb, which the dictionary does not list: PETRARCH's
 * dictionaries give only irregular forms in braces.
 *
 * <pre>{@code Inflections.regular("CARRY")  // [CARRIES, CARRIED, CARRYING]}</pre>
 */
final class Inflections {
  private Inflections() {}

  static List<String> regular(String verb) {
    if (verb.length() < 2) {
      return List.of();
    }
    char last = verb.charAt(verb.length() - 1);
    char beforeLast = verb.charAt(verb.length() - 2);
    String stem = verb.substring(0, verb.length() - 1);
    String third;
    String past;
    String gerund;
    if (last == 'Y' && !isVowel(beforeLast)) {
      third = stem + "IES";
      past = stem + "IED";
      gerund = verb + "ING";
    } else if (last == 'E') {
      third = verb + "S";
      past = verb + "D";
      gerund = beforeLast == 'E' ? verb + "ING" : stem + "ING";
    } else if (last == 'S'
        || last == 'X'
        || last == 'Z'
        || verb.endsWith("CH")
        || verb.endsWith("SH")) {
      third = verb + "ES";
      past = verb + "ED";
      gerund = verb + "ING";
    } else {
      third = verb + "S";
      past = verb + "ED";
      gerund = verb + "ING";
    }
    return List.of(third, past, gerund);
  }

  private static boolean isVowel(char c) {
    return "AEIOU".indexOf(c) >= 0;
  }
}
