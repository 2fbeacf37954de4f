package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;

/** The words that name an event's actors, as the article wrote them. */
final class ActorText {
  private ActorText() {}

  /**
   * The words naming an actor as the article wrote them: the mention at the actor's position when
   * it names that actor, else the coder's words found in the sentence ("India and Pakistan": the
   * second member), else the coder's upper-cased words.
   */
  static String of(
      AnnotatedSentence sentence, @Nullable Mention mention, ActorCode code, String coderText) {
    if (mention != null && mention.resolved().code().filter(code.value()::startsWith).isPresent()) {
      return mention.resolved().text();
    }
    String words = coderText.replace(" '", "'").replace(" ’", "’").replace(" - ", "-");
    String sentenceText = sentence.text();
    int at = sentenceText.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
    if (!words.isEmpty() && at >= 0) {
      return sentenceText.substring(at, at + words.length());
    }
    return mention == null ? casedAsWritten(words, sentenceText) : mention.resolved().text();
  }

  /**
   * The coder's upper-cased words spelled as the sentence spells them, word by word, when they are
   * not one stretch of it ("THE RETURN OF ... FALLEN" is shown as written, not shouted).
   */
  static String casedAsWritten(String words, String sentenceText) {
    String lower = sentenceText.toLowerCase(Locale.ROOT);
    StringBuilder cased = new StringBuilder();
    for (String word : words.split(" ")) {
      int at = lower.indexOf(word.toLowerCase(Locale.ROOT));
      cased
          .append(cased.isEmpty() ? "" : " ")
          .append(
              at >= 0 && !word.isEmpty()
                  ? sentenceText.substring(at, at + word.length())
                  : word.toLowerCase(Locale.ROOT));
    }
    return cased.toString();
  }

  /** "Biden's adviser Jake Sullivan" stands in the tree as "adviser Jake Sullivan": its head. */
  static List<String> afterPossessive(List<String> words) {
    for (int k = words.size() - 1; k >= 0; k--) {
      String w = words.get(k);
      if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
        return words.subList(k + 1, words.size());
      }
    }
    return words;
  }
}
