package org.sitrep.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a text is English news, cheaply and without a model, so that a Russian or German
 * article is reported instead of being coded into nonsense by English dictionaries.
 *
 * <pre>{@code LanguageCheck.whyNotEnglish("Россия и Украина ...")
 * // Optional["not English (looks like Cyrillic-script text); sitrep codes English news"]}</pre>
 */
public final class LanguageCheck {
  /*
   * Design note. Two tests on the first 20,000 characters:
   *
   * 1. Script. If more than 30% of the letters are outside the Latin script, the text is not
   *    English; the message names the most frequent script (Cyrillic covers Russian and
   *    Ukrainian). An English article quoting a name in Cyrillic stays far below 30%.
   *
   * 2. Function words. Latin-script words are counted against short lists of the commonest
   *    function words of English and of German, French, Spanish, Italian, Portuguese and Dutch
   *    (words that are also common English words, such as "in", "an", "also", "was", are left
   *    out of the foreign lists). English prose is 35-50% function words, a German paragraph has
   *    about as many German ones. The text is rejected if another language has at least three
   *    hits and more than English, or if a text of 50 words or more has under 4% English ones.
   *
   * Headlines are terse ("Drones hit Kyiv power grid") and may have no function word at all, so
   * a short text is never rejected for lacking them; only positive evidence of another language
   * rejects it. Languages outside the lists in Latin script (Polish, Turkish) fall to the 4% rule.
   */

  private static final int SAMPLE_CHARS = 20_000;
  private static final double MAX_NON_LATIN_SHARE = 0.30;
  private static final int MIN_FOREIGN_HITS = 3;
  private static final int MIN_WORDS_FOR_SHARE = 50;
  private static final double MIN_ENGLISH_SHARE = 0.04;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "be", "been",
          "has", "have", "had", "on", "for", "with", "by", "at", "from", "as", "that", "this",
          "these", "those", "it", "its", "he", "she", "they", "we", "his", "her", "their", "our",
          "not", "but", "or", "will", "would", "said", "says", "after", "over", "into", "about",
          "than", "which", "who", "what", "when", "where", "there", "also", "more", "up", "out",
          "against", "between", "during", "while", "could", "should", "can", "may", "all", "any",
          "some", "no", "new", "if", "did", "do", "does", "being", "them", "him", "i", "you",
          "such", "other", "under", "before", "since", "because", "most", "one", "two");

  private static final Map<String, Set<String>> OTHERS =
      Map.of(
          "German",
          Set.of(
              "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein",
              "eine", "einen", "einem", "sich", "auf", "für", "im", "zu", "zum", "zur", "auch",
              "wird", "werden", "wurde", "hat", "haben", "sind", "bei", "nach", "aus", "wie",
              "dass", "oder", "aber", "über", "noch", "nur", "sie", "er", "es", "wir"),
          "French",
          Set.of(
              "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "dans",
              "pour", "par", "sur", "avec", "que", "qui", "ne", "pas", "plus", "au", "aux", "ce",
              "cette", "ces", "il", "elle", "ils", "nous", "vous", "se", "sa", "son", "ses", "leur",
              "été", "en", "mais", "ont", "où"),
          "Spanish",
          Set.of(
              "el", "los", "las", "y", "del", "que", "por", "con", "para", "una", "es", "se", "su",
              "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "han", "está", "en", "la",
              "de", "muy", "sobre", "entre", "también"),
          "Italian",
          Set.of(
              "il", "di", "che", "e", "per", "della", "delle", "dei", "degli", "non", "sono", "è",
              "nel", "nella", "con", "una", "gli", "le", "la", "anche", "come", "ha", "hanno",
              "del", "alla", "dal", "tra", "più"),
          "Portuguese",
          Set.of(
              "o", "os", "da", "do", "das", "dos", "em", "um", "uma", "não", "que", "para", "com",
              "por", "mais", "foi", "são", "como", "na", "no", "nas", "nos", "ao", "à", "também",
              "é", "de", "e"),
          "Dutch",
          Set.of(
              "de", "het", "een", "van", "en", "niet", "op", "zijn", "met", "voor", "dat", "die",
              "er", "ook", "naar", "bij", "werd", "wordt", "heeft", "hebben", "maar", "nog", "uit",
              "tot", "om", "worden"));

  private LanguageCheck() {}

  /** Empty if {@code text} passes as English; otherwise the reason, ready for a Problem. */
  public static Optional<String> whyNotEnglish(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Optional<String> script = foreignScript(sample);
    if (script.isPresent()) {
      return Optional.of(reason("looks like " + script.get() + "-script text"));
    }
    return foreignWords(sample).map(LanguageCheck::reason);
  }

  private static String reason(String why) {
    return "not English (" + why + "); sitrep codes English news";
  }

  private static Optional<String> foreignScript(String sample) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      UnicodeScript script = UnicodeScript.of(cp);
      if (script == UnicodeScript.LATIN) {
        latin++;
      } else {
        counts.merge(script, 1, Integer::sum);
      }
    }
    if (letters == 0 || (letters - latin) <= MAX_NON_LATIN_SHARE * letters) {
      return Optional.empty();
    }
    UnicodeScript top =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return Optional.of(scriptName(top));
  }

  /** CYRILLIC -> Cyrillic, OLD_ITALIC -> Old Italic. */
  private static String scriptName(UnicodeScript script) {
    StringBuilder name = new StringBuilder();
    for (String part : script.name().split("_")) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static Optional<String> foreignWords(String sample) {
    int words = 0;
    int english = 0;
    Map<String, Integer> others = new HashMap<>();
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH.contains(word)) {
        english++;
      }
      for (Map.Entry<String, Set<String>> language : OTHERS.entrySet()) {
        if (language.getValue().contains(word)) {
          others.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    Optional<Map.Entry<String, Integer>> top =
        others.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()));
    if (top.isPresent()
        && top.get().getValue() >= MIN_FOREIGN_HITS
        && top.get().getValue() > english) {
      return Optional.of("looks like " + top.get().getKey() + " text");
    }
    if (words >= MIN_WORDS_FOR_SHARE && english < MIN_ENGLISH_SHARE * words) {
      return Optional.of("few common English words in " + words + " words");
    }
    return Optional.empty();
  }
}
