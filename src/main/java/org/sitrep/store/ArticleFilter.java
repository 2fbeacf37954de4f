package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which articles a list asks for: outlet, publication dates, and words in the title.
 *
 * <pre>{@code ArticleFilter.of(Map.of("outlet", "Reuters"))}</pre>
 */
public record ArticleFilter(
    Optional<String> outlet,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text) {
  public static final Set<String> KEYS = Set.of("outlet", "from", "to", "q");

  public ArticleFilter {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A filter from named values (blank values are ignored; {@code q} is the free text).
   *
   * @throws IllegalArgumentException naming the first key or value that is not valid
   */
  public static ArticleFilter of(Map<String, String> values) {
    FilterValues given = new FilterValues(values, KEYS);
    return new ArticleFilter(
        given.text("outlet"), given.date("from"), given.date("to"), given.text("q"));
  }
}
