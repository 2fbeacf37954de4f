package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A stored article without its text: what a list of articles shows. */
public record ArticleSummary(
    String id,
    Optional<LocalDate> published,
    Optional<String> outlet,
    Optional<String> title,
    Optional<String> url,
    long events) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
