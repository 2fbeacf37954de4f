package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Event;

/**
 * What one article says of an event: the coded event with the article's outlet and publication day.
 * The store keeps each as a mention. Its sentence's content words ({@link SameEvent#words}) are
 * taken once, since a report is scored against every candidate of every new mention.
 *
 * <pre>{@code new Report(event, Optional.of("Reuters"), Optional.of(LocalDate.of(2025, 3, 8)))}
 * </pre>
 */
public record Report(
    Event event, Optional<String> outlet, Optional<LocalDate> published, Set<String> words) {
  public Report {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    words = Set.copyOf(words);
  }

  public Report(Event event, Optional<String> outlet, Optional<LocalDate> published) {
    this(event, outlet, published, SameEvent.words(event));
  }

  /** The outlet, or the article itself when its outlet is unknown: what counts as one source. */
  public String source() {
    return outlet.orElse("article " + event.article());
  }
}
