package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;

/**
 * An event as stored: its id in the store, the outlet and address of the article that first
 * reported it, the event as that article told it, and how widely it was reported ({@link
 * Coverage}). Read from an article, it is that article's report, under the id of the event it was
 * merged into.
 *
 * <pre>{@code stored.event().code()  // "195"; stored.coverage().sources()  // 3}</pre>
 */
public record StoredEvent(
    long id, Optional<String> outlet, Optional<String> url, Event event, Coverage coverage) {
  public StoredEvent {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(coverage, "coverage");
  }
}
