package org.sitrep.clauses;

import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.discourse.HandBuilt;

/**
 * Dependency graphs of hand-written sentences without any CoreNLP model: the words come from a
 * token line in {@link HandBuilt}'s form ({@code word/TAG/NER[/lemma]}), the enhanced++
 * dependencies from CoreNLP's rule-based converter run on a hand-written Penn Treebank tree.
 *
 * <pre>{@code
 * DependencyGraph g = HandParsed.graph(
 *     "Russia/NNP/LOCATION attacked/VBD/O/attack Kyiv/NNP/LOCATION .",
 *     "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Kyiv))) (. .)))");
 * g.children(HandParsed.at(g, "attacked"), "obj");  // [2]
 * }</pre>
 */
public final class HandParsed {
  private HandParsed() {}

  /** The graph of one sentence; its text is the tokens joined by spaces. */
  public static DependencyGraph graph(String tokens, String tree) {
    StringBuilder text = new StringBuilder();
    for (String token : tokens.trim().split(" +")) {
      text.append(token.startsWith("/") ? token : token.split("/")[0]).append(' ');
    }
    AnnotatedSentence sentence =
        HandBuilt.article(text.toString().strip(), tokens).sentences().get(0);
    if (sentence.words().size() != leaves(tree)) {
      throw new IllegalArgumentException(
          sentence.words().size() + " tokens but " + leaves(tree) + " leaves in " + tree);
    }
    return new DependencyGraph(sentence.words(), CoreNlpAnnotator.dependenciesOf(tree));
  }

  /** The graph of one sentence with {@link ParseRepairs} applied, as the coder reads it. */
  static DependencyGraph repaired(String tokens, String tree) {
    DependencyGraph parsed = graph(tokens, tree);
    return new DependencyGraph(
        parsed.words(), ParseRepairs.apply(parsed.words(), CoreNlpAnnotator.dependenciesOf(tree)));
  }

  /** The index of the first word that reads {@code text}. */
  static int at(DependencyGraph graph, String text) {
    for (int k = 0; k < graph.size(); k++) {
      if (graph.word(k).text().equals(text)) {
        return k;
      }
    }
    throw new AssertionError("no word '" + text + "' in " + graph.words());
  }

  /** A tree's leaves: each closing bracket right after a word, not after another bracket. */
  private static int leaves(String tree) {
    int count = 0;
    for (int k = 1; k < tree.length(); k++) {
      if (tree.charAt(k) == ')' && tree.charAt(k - 1) != ')') {
        count++;
      }
    }
    return count;
  }
}
