package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Word;

/*
 * Design note. CAMEO's 010 "make statement" says only that someone spoke. What they said often
 * carries the event: "described the call with Trump as 'excellent'" is praise (051), "called the
 * sanctions illegal" is criticism (111), "said the signals are positive" an optimistic comment
 * (013), "warned the situation is dangerous" or "said it was deeply alarmed" a pessimistic one (012). A short list of evaluative
 * words, read after the speech verb, turns such statements into those codes; a statement with
 * none is not coded (its words are kept as a quote and as the claim on the events it reports).
 */

/**
 * Recodes a bare statement (CAMEO 010) by the evaluation it expresses, or drops it.
 *
 * <pre>{@code Evaluations.recode(words, verb)  // Optional[051] for "described X as excellent"}
 * </pre>
 */
public final class Evaluations {
  private static final Set<String> POSITIVE =
      Set.of(
          "excellent",
          "positive",
          "productive",
          "constructive",
          "good",
          "great",
          "useful",
          "fruitful",
          "successful",
          "substantive",
          "warm",
          "friendly",
          "encouraging",
          "promising",
          "historic",
          "important",
          "helpful",
          "wonderful",
          "very good",
          "optimistic");
  private static final Set<String> NEGATIVE =
      Set.of(
          "unacceptable",
          "illegal",
          "provocative",
          "aggressive",
          "dangerous",
          "reckless",
          "counterproductive",
          "meaningless",
          "irresponsible",
          "outrageous",
          "absurd",
          "hostile",
          "corrupt",
          "disgraceful",
          "shameful",
          "barbaric",
          "criminal",
          "unlawful",
          "destabilizing",
          "destabilising",
          "baseless",
          "false",
          "terrible",
          "bad",
          "pessimistic");
  // alarm at what happened is a pessimistic comment even when said "as" a verdict
  private static final Set<String> ALARMED =
      Set.of("alarmed", "alarming", "worried", "worrying", "concerned", "disturbing", "troubling");

  private Evaluations() {}

  /** The code for a statement whose verb is word {@code verb}: 051, 111, 013, 012, or empty. */
  public static Optional<String> recode(List<Word> words, int verb) {
    if (verb < 0 || verb >= words.size()) {
      return Optional.empty();
    }
    boolean predicated = false;
    for (int k = verb + 1; k < words.size(); k++) {
      String w = words.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("as")) {
        predicated = true;
      }
      if (POSITIVE.contains(w)) {
        return Optional.of(predicated ? "051" : "013");
      }
      if (NEGATIVE.contains(w)) {
        return Optional.of(predicated ? "111" : "012");
      }
      if (ALARMED.contains(w)) {
        return Optional.of("012");
      }
    }
    return Optional.empty();
  }
}
