package org.sitrep.annotate;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/**
 * An article after the language annotators: sentences with words, tags, lemmas, entities and time
 * expressions, and its quoted spans. Trees are added later, and only where needed: see {@link
 * Annotator#parse}.
 */
public record AnnotatedArticle(
    Article article, List<AnnotatedSentence> sentences, List<QuoteSpan> quotes) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }
}
