package org.sitrep.annotate;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * The language annotators behind sitrep's own records. Annotation runs in two steps because parsing
 * is most of the cost: {@link #annotate} tags every sentence, {@link #parse} parses one sentence
 * the caller chose. Implementations are safe to call from many threads.
 *
 * <pre>{@code
 * AnnotatedArticle annotated = annotator.annotate(article);
 * Optional<String> tree = annotator.parse(annotated.sentences().get(0));  // "(ROOT (S (NP ...)))"
 * }</pre>
 */
public interface Annotator {
  /**
   * Splits the article into sentences and words with their tags, lemmas, entity classes, time
   * expressions (normalised against the publication date) and numbers, and finds its quotes.
   */
  AnnotatedArticle annotate(Article article);

  /**
   * The sentence's constituency tree in Penn Treebank brackets (brackets in the text written as
   * -LRB- and friends), or empty when the sentence is not parsed (too long, or empty).
   */
  Optional<String> parse(AnnotatedSentence sentence);

  /**
   * The typed dependencies (Universal Dependencies, enhanced++) of a tree that {@link #parse} gave
   * for a sentence: derived from the constituency tree, so no second parse is paid for.
   */
  List<Dependency> dependencies(String tree);
}
