package org.sitrep.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request at a time per host, and at least {@code interval} between the start of one and the
 * start of the next, whichever feeds and pages they are for.
 *
 * <pre>{@code gate.through("example.org", () -> client.send(request, handler));}</pre>
 */
final class PolitenessGate {
  /** A request, which may fail. */
  @FunctionalInterface
  interface Request<T> {
    T send() throws FetchException;
  }

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Host> hosts = new HashMap<>();

  private static final class Host {
    Instant lastStart = Instant.MIN;
  }

  PolitenessGate(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Sends the request when the host is free and its interval has passed. */
  <T> T through(String host, Request<T> request) throws FetchException {
    Host h;
    synchronized (hosts) {
      h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
    }
    synchronized (h) {
      Instant earliest = h.lastStart == Instant.MIN ? Instant.MIN : h.lastStart.plus(interval);
      Instant now = clock.instant();
      if (now.isBefore(earliest)) {
        try {
          sleeper.sleep(Duration.between(now, earliest));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException(host + ": interrupted while waiting to be polite", e);
        }
      }
      h.lastStart = clock.instant();
      return request.send();
    }
  }
}
