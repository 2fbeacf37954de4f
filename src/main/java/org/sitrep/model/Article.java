package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it enters the pipeline. Only {@code text} is required by the input format; a
 * reader fills {@code id} with a hash of the text when the input has none. {@code origin} names
 * where it came from for error messages ({@code "feeds/kyiv.xml: item 3"}).
 *
 * <pre>{@code new Article("seed", Optional.of(LocalDate.parse("2024-11-11")), Optional.empty(),
 *     Optional.empty(), text, Optional.empty(), "seed-article.json")}</pre>
 */
public record Article(
    String id,
    Optional<LocalDate> published,
    Optional<String> outlet,
    Optional<String> title,
    String text,
    Optional<String> url,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(origin, "origin");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank (origin " + origin + ")");
    }
  }
}
