package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * What the pipeline made of one article: its events and quotes, its sentences, and how many of them
 * were parsed (the parser is most of the cost, so the share parsed is reported).
 *
 * <pre>{@code coded.events().size()}</pre>
 */
public record CodedArticle(
    Article article, List<Sentence> sentences, List<Event> events, List<Quote> quotes, int parsed) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
