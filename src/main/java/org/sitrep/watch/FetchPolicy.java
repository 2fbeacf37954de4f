package org.sitrep.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} asks: the time to connect and to get the whole answer, the largest answer
 * read, the redirects followed, the pause between two requests to one host, whether private
 * addresses may be asked, and the User-Agent it says it is.
 *
 * <pre>{@code FetchPolicy.defaults().allowingPrivate()}</pre>
 */
public record FetchPolicy(
    Duration connectTimeout,
    Duration timeout,
    long maxBytes,
    int maxRedirects,
    Duration hostInterval,
    boolean allowPrivate,
    String userAgent) {

  /** Says who asks and why, so a site's operator can tell sitrep from a scraper. */
  public static final String USER_AGENT =
      "sitrep/0.1.0 (news event coder; polls RSS/Atom feeds, honours Retry-After)";

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (hostInterval.isNegative()) {
      throw new IllegalArgumentException("host interval must not be negative: " + hostInterval);
    }
  }

  /**
   * 10 s to connect, 30 s for the whole answer, 10 MB (a large feed is a few hundred KB), 5
   * redirects, 2 s between requests to one host, public addresses only.
   */
  public static FetchPolicy defaults() {
    return new FetchPolicy(
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        10L * 1024 * 1024,
        5,
        Duration.ofSeconds(2),
        false,
        USER_AGENT);
  }

  public FetchPolicy allowingPrivate() {
    return new FetchPolicy(
        connectTimeout, timeout, maxBytes, maxRedirects, hostInterval, true, userAgent);
  }

  public FetchPolicy withTimeout(Duration total) {
    return new FetchPolicy(
        connectTimeout, total, maxBytes, maxRedirects, hostInterval, allowPrivate, userAgent);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(
        connectTimeout, timeout, bytes, maxRedirects, hostInterval, allowPrivate, userAgent);
  }

  public FetchPolicy withHostInterval(Duration interval) {
    return new FetchPolicy(
        connectTimeout, timeout, maxBytes, maxRedirects, interval, allowPrivate, userAgent);
  }
}
