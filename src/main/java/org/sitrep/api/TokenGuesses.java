package org.sitrep.api;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Wrong tokens counted per client address in fixed windows: after {@code limit} in one window the
 * address is refused until the window ends. Nothing waits: a refused request is answered at once
 * (429), and right tokens and other addresses are not slowed. While refused, an address's tokens
 * are not even compared, so guessing gains nothing by going on.
 */
final class TokenGuesses {
  /** Wrong tokens an address may send in one window. */
  static final int LIMIT = 10;

  /** The window, in seconds. */
  static final long WINDOW_SECONDS = 60;

  /** Addresses tracked at once; beyond that, new addresses share one window (see below). */
  static final int MAX_ADDRESSES = 10_000;

  private static final String OTHERS = "(other addresses)";

  private final int limit;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long start, int failures) {}

  TokenGuesses() {
    this(LIMIT, TimeUnit.SECONDS.toNanos(WINDOW_SECONDS), System::nanoTime);
  }

  TokenGuesses(int limit, long windowNanos, LongSupplier nanoTime) {
    this.limit = limit;
    this.windowNanos = windowNanos;
    this.nanoTime = nanoTime;
  }

  /** Seconds until {@code address} may try again, or empty if it may now. */
  OptionalLong retryAfter(String address) {
    Window window = windows.get(key(address));
    long now = nanoTime.getAsLong();
    if (window == null || window.failures() < limit || expired(window, now)) {
      return OptionalLong.empty();
    }
    long left = window.start() + windowNanos - now;
    return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + 999_999_999L)));
  }

  /** Counts a wrong token from {@code address}. */
  void failed(String address) {
    long now = nanoTime.getAsLong();
    if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
      windows.values().removeIf(window -> expired(window, now));
    }
    windows.compute(
        key(address),
        (key, window) ->
            window == null || expired(window, now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
  }

  private String key(String address) {
    // an attacker with many addresses must not grow the map without bound: once it is full, the
    // addresses not in it are counted together, which throttles such an attack as one client
    return windows.containsKey(address) || windows.size() < MAX_ADDRESSES ? address : OTHERS;
  }

  private boolean expired(Window window, long now) {
    return now - window.start() >= windowNanos;
  }
}
