package org.sitrep.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Word;

/*
 * Design note. The speaker of "X said" is the verb's subject, and the nearest name before the verb
 * is often not it: an object of a preposition ("Trump, on a visit to Israel, told"), a name inside
 * a parenthesis set off by commas ("Zourabichvili, a critic who joined protesters, called"), the
 * object of an earlier verb ("Conille welcomed the Kenyans and said"), or a name inside the clause
 * that a participle continues ("Netanyahu warned that Israel would hit back, saying"). Without a
 * parse the shapes are still plain from the words: skip what a preposition governs, jump over a
 * parenthesis, and for a participle after a comma or a verb after "and" take the sentence's subject.
 */

/**
 * The mention that is the subject of a speech verb, found from the words before it.
 *
 * <pre>
 * {@code SpeechSubject.of(words, mentions, verb)  // "Trump, on a visit to Israel, told" -> Trump}
 * </pre>
 */
final class SpeechSubject {
  private SpeechSubject() {}

  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  /** The subject of the verb at {@code verb} among the sentence's mentions outside quotes. */
  static Optional<Mention> of(List<Word> words, List<Mention> mentions, int verb) {
    int before = skipAdverbs(words, verb - 1);
    if (before < 0) {
      return Optional.empty();
    }
    Word previous = words.get(before);
    boolean participle = words.get(verb).tag().equals("VBG");
    if (participle) {
      for (Mention m : mentions) {
        if (m.end() == before + 1) {
          return Optional.of(m); // "with Aliyev saying"
        }
      }
    }
    if (previous.text().equals(",") && participle || previous.tag().equals("CC")) {
      // "Netanyahu warned that Israel ..., saying"; "Conille welcomed the Kenyans and said"
      return sentenceSubject(words, mentions, before);
    }
    int limit = before + 1;
    if (RELATIVES.contains(previous.text().toLowerCase(Locale.ROOT))) {
      limit = before; // "Xue Jian, China's consul general in Osaka, who wrote"
    } else if (previous.text().equals(",")) {
      limit = openingComma(words, before); // "Zourabichvili, a critic of ..., called"
      for (Mention m : mentions) {
        if (m.start() == limit + 1 && m.kind() == Mention.Kind.PERSON) {
          return Optional.of(m); // "Kremlin spokesman, Ivan Petrovsky, said"
        }
      }
    }
    return nearestSubject(words, mentions, limit)
        .or(() -> nearestSubject(words, mentions, before + 1));
  }

  /** The word before any adverbs ending at {@code k}: "X also said", "X later wrote". */
  private static int skipAdverbs(List<Word> words, int k) {
    int at = k;
    while (at >= 0 && words.get(at).tag().equals("RB")) {
      at--;
    }
    return at;
  }

  /** The first mention of the sentence that no preposition governs, before {@code limit}. */
  private static Optional<Mention> sentenceSubject(
      List<Word> words, List<Mention> mentions, int limit) {
    return mentions.stream()
        .filter(m -> m.end() <= limit && !governedByPreposition(words, m))
        .findFirst();
  }

  /** The last mention ending by {@code limit} that no preposition governs. */
  private static Optional<Mention> nearestSubject(
      List<Word> words, List<Mention> mentions, int limit) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.end() <= limit && !governedByPreposition(words, m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "to Israel", "in the Hague", "by the ministry": a preposition right before, or its article. */
  private static boolean governedByPreposition(List<Word> words, Mention m) {
    int k = m.start() - 1;
    if (k >= 0 && words.get(k).tag().equals("DT")) {
      k--;
    }
    if (k < 0 || SUBORDINATORS.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return words.get(k).tag().equals("IN") || words.get(k).tag().equals("TO");
  }

  // tagged IN like prepositions, but they open a clause whose subject follows: "that Israel would"
  private static final Set<String> SUBORDINATORS =
      Set.of("that", "because", "while", "as", "if", "since", "although", "though", "whether");

  /**
   * The comma opening the parenthesis that the comma at {@code closing} ends, or the verb's own.
   */
  private static int openingComma(List<Word> words, int closing) {
    for (int k = closing - 1; k >= 0; k--) {
      if (words.get(k).text().equals(",")) {
        return k;
      }
    }
    return closing;
  }
}
