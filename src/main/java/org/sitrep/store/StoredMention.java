package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.merge.Report;
import org.sitrep.model.Event;

/**
 * One article's report of a stored event: its own id, the event it was merged into, the article's
 * outlet, address and publication day, and the event as that article told it (its own sentence,
 * figure and claimant).
 *
 * <pre>{@code mention.event().evidence().text()  // the sentence of this article}</pre>
 */
public record StoredMention(
    long id,
    long eventId,
    Optional<String> outlet,
    Optional<String> url,
    Optional<LocalDate> published,
    Event event) {
  public StoredMention {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(event, "event");
  }

  /** The mention as merging compares it. */
  public Report report() {
    return new Report(event, outlet, published);
  }
}
