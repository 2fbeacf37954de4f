package org.sitrep.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to poll a failing feed again: after its n-th failure in a row, {@code base * 2^(n-1)} capped
 * at {@code cap}, times a random factor in [0.5, 1) so feeds that failed together (one host down)
 * do not come back together; never sooner than the server's {@code Retry-After} (itself capped at a
 * day, so one answer cannot silence a feed for good).
 *
 * <pre>{@code new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), Math::random)
 *     .next(3, Optional.empty(), now)   // now + 2 to 4 minutes}</pre>
 */
record Backoff(Duration base, Duration cap, DoubleSupplier random) {
  static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

  Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < base <= cap: " + base + ", " + cap);
    }
  }

  /** The usual backoff: one minute, doubling to six hours. */
  static Backoff standard() {
    return new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), Math::random);
  }

  /** The next attempt after {@code failures} failures in a row (at least 1). */
  Instant next(int failures, Optional<Duration> retryAfter, Instant now) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1: " + failures);
    }
    int doublings = Math.min(failures - 1, 30);
    Duration delay = base.multipliedBy(1L << doublings);
    if (delay.compareTo(cap) > 0) {
      delay = cap;
    }
    double factor = 0.5 + 0.5 * Math.min(Math.max(random.getAsDouble(), 0), 1);
    Duration jittered = Duration.ofMillis((long) (delay.toMillis() * factor));
    Duration asked =
        retryAfter
            .map(d -> d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d)
            .orElse(Duration.ZERO);
    return now.plus(asked.compareTo(jittered) > 0 ? asked : jittered);
  }
}
