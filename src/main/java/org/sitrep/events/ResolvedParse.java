package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.coding.LeafSubstitution;
import org.sitrep.coding.ParseTree;
import org.sitrep.coding.TreeReader;
import org.sitrep.coding.TreeSyntaxException;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;

/**
 * A sentence's parse with each resolved pronoun, surname and description written in as the words of
 * the actor it stands for, so the coder sees who acts ("He called Putin" codes as Trump's call);
 * {@code substitution} maps the tree's leaves back to the sentence's words.
 */
record ResolvedParse(ParseTree tree, LeafSubstitution substitution) {

  static ResolvedParse of(AnnotatedSentence sentence, String tree, List<Mention> mentions) {
    Map<Integer, List<String>> replacements = new HashMap<>();
    for (Mention m : mentions) {
      boolean surname = !m.isPronoun() && m.start() + 1 == m.end();
      boolean description = !m.isPronoun() && m.start() + 1 < m.end();
      if ((m.isPronoun() || surname || description)
          && m.referent().isPresent()
          && ActorCode.isActor(m.resolved().code())) {
        List<String> words = new ArrayList<>(ActorText.afterPossessive(m.resolved().words()));
        if (sentence.words().get(m.start()).tag().equals("PRP$")) {
          // "its air defences" becomes "Russia's defence ministry's air defences"
          words.add(LeafSubstitution.POSSESSIVE);
        }
        // a description's title word stands for the person: "the Republican leader" codes as Trump
        replacements.put(description ? m.end() - 1 : m.start(), words);
      } else if (isUncodedName(sentence, m)) {
        // "Milan Knezevic" as one word: the coder must not read the first name as Milan, Italy
        replacements.put(m.start(), List.of(m.words().get(0) + "_" + m.words().get(1)));
      }
    }
    LeafSubstitution substituted = LeafSubstitution.apply(tree, replacements);
    try {
      return new ResolvedParse(TreeReader.read(substituted.tree()), substituted);
    } catch (TreeSyntaxException e) {
      // the parser's own output: a failure here is a bug in the bracket escaping, not bad input
      throw new IllegalStateException(
          "unreadable parse of sentence " + sentence.index() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A person's name of two or more words that the dictionaries do not know as a whole: no word of
   * it may name an actor alone (MentionFinder found none but a place in its first word).
   */
  private static boolean isUncodedName(AnnotatedSentence sentence, Mention m) {
    if (m.isPronoun()
        || m.code().isPresent()
        || m.kind() != Mention.Kind.PERSON
        || m.end() - m.start() < 2
        || m.words().size() < 2) {
      return false;
    }
    for (int k = m.start(); k < m.end(); k++) {
      if (!sentence.words().get(k).ner().equals("PERSON")) {
        return false;
      }
    }
    return true;
  }
}
