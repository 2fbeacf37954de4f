package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which quotes a query asks for: the speaker's code prefix, an article, words in the quote, and the
 * article's outlet and publication dates.
 *
 * <pre>{@code QuoteFilter.of(Map.of("speaker", "RUS", "q", "negotiations"))}</pre>
 */
public record QuoteFilter(
    Optional<String> speaker,
    Optional<String> article,
    Optional<String> text,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> outlet) {

  public static final Set<String> KEYS = Set.of("speaker", "article", "q", "from", "to", "outlet");

  public QuoteFilter {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(outlet, "outlet");
  }

  /**
   * A filter from named values (blank values are ignored; {@code q} is the free text).
   *
   * @throws IllegalArgumentException naming the first key or value that is not valid
   */
  public static QuoteFilter of(Map<String, String> values) {
    FilterValues given = new FilterValues(values, KEYS);
    return new QuoteFilter(
        EventFilter.matching(
            given, "speaker", EventFilter.ACTOR, "a CAMEO actor code or prefix such as RUSGOV"),
        given.text("article"),
        given.text("q"),
        given.date("from"),
        given.date("to"),
        given.text("outlet"));
  }
}
