package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;

/**
 * What the pipeline made of one article: its events and quotes, and how many of its sentences
 * were parsed (the parser is most of the cost, so the share parsed is reported).
 *
 * <pre>{@code coded.events().size()}</pre>
 */
public record CodedArticle(Article article, List<Event> events, List<Quote> quotes, int sentences, int parsed) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
