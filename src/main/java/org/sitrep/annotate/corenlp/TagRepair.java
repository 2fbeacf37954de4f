package org.sitrep.annotate.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/*
 * Design note. The fast tagger reads war reporting badly in one way that matters: a noun that is
 * also a verb, right after a determiner or a number, comes out a verb ("fired a/DT drone/VB",
 * "1,000 glide/VBP bombs"), and the parser then builds the whole clause around the false verb.
 * A determiner or a possessive is never followed by a finite or bare verb in English, so such a
 * word is retagged a noun (plural when it ends in -s) before the parser sees it.
 */

/** Corrects verb tags the tagger gives nouns right after a determiner, possessive or number. */
final class TagRepair {
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "this", "that", "these", "those", "each", "every", "another");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> VERB_TAGS = Set.of("VB", "VBP", "VBZ");

  private TagRepair() {}

  /** The tags with nouns restored; {@code words} and {@code tags} have the same length. */
  static String[] repaired(List<String> words, List<String> tags) {
    String[] out = tags.toArray(String[]::new);
    for (int k = 1; k < out.length; k++) {
      if (!VERB_TAGS.contains(out[k])) {
        continue;
      }
      String next = k + 1 < out.length ? out[k + 1] : ".";
      boolean nounFollows = next.startsWith("NN");
      boolean phraseEnds =
          nounFollows
              || next.equals("IN")
              || next.equals(".")
              || next.equals(",")
              || next.equals("CC");
      String before = out[k - 1];
      boolean determined =
          before.equals("DT") && DETERMINERS.contains(words.get(k - 1).toLowerCase(Locale.ROOT))
              || before.equals("PRP$")
              || before.equals("POS");
      // "a drone hit the block": an article, a false verb and a past tense make a subject and
      // its verb
      boolean pastFollows =
          (next.equals("VBD") || next.equals("VBN"))
              && ARTICLES.contains(words.get(k - 1).toLowerCase(Locale.ROOT));
      // "two remain in custody" is a verb; "1,000 glide bombs" is not
      if (determined && (phraseEnds || pastFollows) || before.equals("CD") && nounFollows) {
        String word = words.get(k).toLowerCase(Locale.ROOT);
        boolean plural = out[k].equals("VBZ") || word.endsWith("s") && !word.endsWith("ss");
        out[k] = plural && !nounFollows ? "NNS" : "NN";
      }
    }
    finiteVerbRestored(words, out);
    return out;
  }

  /**
   * "The US Treasury sanctioned/VBN six companies", "China's military staged/JJ drills": a sentence
   * with no finite verb whose past participle follows a noun and precedes its object has it as its
   * verb.
   */
  private static void finiteVerbRestored(List<String> words, String[] tags) {
    for (String tag : tags) {
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return;
      }
    }
    for (int k = 1; k + 1 < tags.length; k++) {
      boolean afterNoun = tags[k - 1].startsWith("NN");
      String next = tags[k + 1];
      boolean objectFollows =
          next.equals("DT") || next.equals("CD") || next.startsWith("NN") || next.equals("JJ");
      boolean participle =
          tags[k].equals("VBN")
              || tags[k].equals("JJ") && words.get(k).toLowerCase(Locale.ROOT).endsWith("ed");
      if (afterNoun && objectFollows && participle) {
        tags[k] = "VBD";
        return;
      }
    }
  }
}
