package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored quote with the article it is from: outlet, address and publication day, for a report
 * that cites it.
 *
 * <pre>{@code spoken.quote().quote().speakerText()  // "Dmitry Peskov"}</pre>
 */
public record SpokenQuote(
    StoredQuote quote,
    Optional<String> outlet,
    Optional<String> url,
    Optional<LocalDate> published) {
  public SpokenQuote {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
  }
}
