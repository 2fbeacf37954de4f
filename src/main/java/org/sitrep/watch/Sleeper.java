package org.sitrep.watch;

import java.time.Duration;

/**
 * Waiting, a parameter so that tests of backoff and politeness advance a clock instead of waiting
 * real minutes.
 *
 * <pre>{@code Sleeper.REAL.sleep(Duration.ofSeconds(1));}</pre>
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
