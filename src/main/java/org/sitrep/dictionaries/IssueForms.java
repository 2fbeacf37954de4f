package org.sitrep.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Expands issue-dictionary words into the token sequences they stand for.
 *
 * <ul>
 *   <li>{@code n:WORD} - the noun and its plural ({@link Plurals}).
 *   <li>{@code v:WORD} - the regular verb forms: WORD, -S, -ED, -ING (with the e-drop, y-to-i and,
 *       for short consonant-vowel-consonant endings, a doubled consonant as an extra form:
 *       KIDNAPPED as well as KIDNAPED).
 *   <li>{@code A+B} - the parts joined by a hyphen ({@code PRE-K}), by nothing ({@code PREK}) and
 *       as separate words ({@code PRE K}). PETRARCH documents only hyphen and space; the closed
 *       form is added because news text writes both "pre-school" and "preschool".
 * </ul>
 */
final class IssueForms {

  private IssueForms() {}

  /** Every token sequence the words stand for; checked words only (see {@link #checkWord}). */
  static List<List<String>> expand(List<String> words) {
    List<List<String>> sequences = List.of(List.of());
    for (String word : words) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : sequences) {
        for (List<String> alternative : wordForms(word)) {
          List<String> joined = new ArrayList<>(prefix);
          joined.addAll(alternative);
          next.add(List.copyOf(joined));
        }
      }
      sequences = next;
    }
    return List.copyOf(sequences);
  }

  /** Null if the word is well formed, else what is wrong with it. */
  static @Nullable String checkWord(String word) {
    for (String part : word.split("\\+", -1)) {
      if (part.isEmpty()) {
        return "expected a word on both sides of '+' in '" + word + "', found an empty side";
      }
      int colon = part.indexOf(':');
      if (colon >= 0) {
        String marker = part.substring(0, colon + 1);
        if (!marker.equals("N:") && !marker.equals("V:")) {
          return "expected the word marker n: or v: in '"
              + word
              + "', found '"
              + marker.toLowerCase(Locale.ROOT)
              + "'";
        }
        if (colon == part.length() - 1) {
          return "expected a word after '"
              + marker.toLowerCase(Locale.ROOT)
              + "' in '"
              + word
              + "', found nothing";
        }
      }
    }
    return null;
  }

  private static List<List<String>> wordForms(String word) {
    List<List<String>> partForms = new ArrayList<>();
    for (String part : word.split("\\+")) {
      partForms.add(partForms(part));
    }
    if (partForms.size() == 1) {
      return partForms.get(0).stream().map(List::of).toList();
    }
    Set<List<String>> forms = new LinkedHashSet<>();
    for (List<String> combination : combinations(partForms)) {
      forms.add(List.of(String.join("-", combination)));
      forms.add(List.of(String.join("", combination)));
      forms.add(combination);
    }
    return List.copyOf(forms);
  }

  private static List<List<String>> combinations(List<List<String>> choices) {
    List<List<String>> result = List.of(List.of());
    for (List<String> options : choices) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : result) {
        for (String option : options) {
          List<String> extended = new ArrayList<>(prefix);
          extended.add(option);
          next.add(List.copyOf(extended));
        }
      }
      result = next;
    }
    return result;
  }

  private static List<String> partForms(String part) {
    if (part.startsWith("N:")) {
      String noun = part.substring(2);
      Set<String> forms = new LinkedHashSet<>();
      forms.add(noun);
      Plurals.of(noun).ifPresent(forms::add);
      return List.copyOf(forms);
    }
    if (part.startsWith("V:")) {
      return verbForms(part.substring(2));
    }
    return List.of(part);
  }

  private static List<String> verbForms(String verb) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(verb);
    Plurals.of(verb).ifPresent(forms::add); // third person -s follows the noun plural spelling
    boolean consonantY =
        verb.length() > 1 && verb.endsWith("Y") && !isVowel(verb.charAt(verb.length() - 2));
    if (verb.endsWith("E")) {
      forms.add(verb + "D");
      forms.add((verb.endsWith("EE") ? verb : verb.substring(0, verb.length() - 1)) + "ING");
    } else if (consonantY) {
      forms.add(verb.substring(0, verb.length() - 1) + "IED");
      forms.add(verb + "ING");
    } else {
      forms.add(verb + "ED");
      forms.add(verb + "ING");
      if (endsConsonantVowelConsonant(verb)) {
        String doubled = verb + verb.charAt(verb.length() - 1);
        forms.add(doubled + "ED");
        forms.add(doubled + "ING");
      }
    }
    return List.copyOf(forms);
  }

  private static boolean endsConsonantVowelConsonant(String word) {
    int n = word.length();
    if (n < 3) {
      return false;
    }
    char last = word.charAt(n - 1);
    return Character.isLetter(last)
        && !isVowel(last)
        && "WXY".indexOf(last) < 0
        && isVowel(word.charAt(n - 2))
        && Character.isLetter(word.charAt(n - 3))
        && !isVowel(word.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return "AEIOU".indexOf(c) >= 0;
  }
}
