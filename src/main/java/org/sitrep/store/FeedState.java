package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store keeps of one watched feed: when it was last polled, whether that worked, the
 * validators for the next conditional request, its failures in a row and when it may be polled
 * again, and how many items it has handed on (in all, and stored today, UTC).
 *
 * <pre>{@code FeedState.fresh("https://example.org/world.rss").failures()   // 0}</pre>
 */
public record FeedState(
    String url,
    Optional<Instant> lastPoll,
    Optional<Instant> lastSuccess,
    Optional<String> lastError,
    Optional<String> etag,
    Optional<String> lastModified,
    int failures,
    Optional<Instant> nextAttempt,
    long itemsSeen,
    long itemsToday) {

  public FeedState {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(lastPoll, "lastPoll");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(nextAttempt, "nextAttempt");
    if (failures < 0) {
      throw new IllegalArgumentException("failures must not be negative: " + failures);
    }
  }

  /** A feed never polled. */
  public static FeedState fresh(String url) {
    return new FeedState(
        url,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        0,
        0);
  }

  /** After a poll that worked: validators as the server last gave them, failures forgotten. */
  public FeedState succeeded(
      Instant now, Optional<String> etag, Optional<String> lastModified, Instant next) {
    return new FeedState(
        url,
        Optional.of(now),
        Optional.of(now),
        lastError,
        etag,
        lastModified,
        0,
        Optional.of(next),
        itemsSeen,
        itemsToday);
  }

  /** After a poll that failed: one more failure, the error kept, validators unchanged. */
  public FeedState failed(Instant now, String error, Instant next) {
    return new FeedState(
        url,
        Optional.of(now),
        lastSuccess,
        Optional.of(error),
        etag,
        lastModified,
        failures + 1,
        Optional.of(next),
        itemsSeen,
        itemsToday);
  }

  /** Whether the feed may be polled at {@code now}. */
  public boolean due(Instant now) {
    return nextAttempt.map(next -> !next.isAfter(now)).orElse(true);
  }
}
