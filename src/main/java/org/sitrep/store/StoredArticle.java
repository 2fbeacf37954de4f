package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;

/**
 * A stored article with everything coded from it: what the dashboard shows when an event is opened.
 */
public record StoredArticle(
    Article article, List<Sentence> sentences, List<StoredEvent> events, List<StoredQuote> quotes) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
