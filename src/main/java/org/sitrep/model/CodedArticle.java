package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * What the pipeline made of one article: its events and quotes, its sentences, and how many of them
 * were parsed (the parser is most of the cost, so the share parsed is reported). {@code
 * diagnostics} says, per sentence, whether it was parsed and which actors it names, so an
 * evaluation can tell why an event was missed; it is empty when not known (a stored article), and
 * the stores do not keep it.
 *
 * <pre>{@code coded.events().size()}</pre>
 */
public record CodedArticle(
    Article article,
    List<Sentence> sentences,
    List<Event> events,
    List<Quote> quotes,
    int parsed,
    List<SentenceDiagnostic> diagnostics) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A coded article without per-sentence diagnostics. */
  public CodedArticle(
      Article article,
      List<Sentence> sentences,
      List<Event> events,
      List<Quote> quotes,
      int parsed) {
    this(article, sentences, events, quotes, parsed, List.of());
  }
}
