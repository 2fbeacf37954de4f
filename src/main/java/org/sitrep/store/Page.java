package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's answer and the cursor of the next page, empty on the last one.
 *
 * <pre>{@code store.events(filter, PageRequest.first(50)).next()}</pre>
 */
public record Page<T>(List<T> items, Optional<String> next) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
