package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page to read: how many items, and after which cursor (none for the first page). Pages are
 * bounded so that no request can ask the store for everything at once.
 *
 * <pre>{@code PageRequest.of(100, Optional.of(previous.next().get()))}</pre>
 */
public record PageRequest(int limit, Optional<String> cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    Objects.requireNonNull(cursor, "cursor");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }
}
