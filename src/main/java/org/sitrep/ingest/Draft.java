package org.sitrep.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * An article as a format reader found it, before the checks every format shares ({@link
 * DraftCheck}): fields are raw strings, the date not yet parsed, the text not yet measured.
 */
record Draft(
    Optional<String> id,
    Optional<String> published,
    Optional<String> outlet,
    Optional<String> title,
    Optional<String> text,
    Optional<String> url) {

  Draft {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }

  /** Empty for null or blank, so readers can pass library values straight in. */
  static Optional<String> field(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
