package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;

/**
 * An event as stored: its id in the store and the outlet and address of its article beside the
 * event itself.
 *
 * <pre>{@code stored.event().code()  // "195"}</pre>
 */
public record StoredEvent(long id, Optional<String> outlet, Optional<String> url, Event event) {
  public StoredEvent {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(event, "event");
  }
}
