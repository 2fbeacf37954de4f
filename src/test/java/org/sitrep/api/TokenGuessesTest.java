package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's windows on a clock the test sets: nothing here waits. */
class TokenGuessesTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final TokenGuesses guesses = new TokenGuesses(3, TimeUnit.SECONDS.toNanos(60), now::get);

  @Test
  void refusesAnAddressAfterTheLimitUntilItsWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(guesses.retryAfter("10.0.0.1")).isEmpty();
      guesses.failed("10.0.0.1");
    }
    assertThat(guesses.retryAfter("10.0.0.1")).isEqualTo(OptionalLong.of(60));

    now.addAndGet(TimeUnit.SECONDS.toNanos(45) + 1);
    assertThat(guesses.retryAfter("10.0.0.1")).isEqualTo(OptionalLong.of(15));

    now.addAndGet(TimeUnit.SECONDS.toNanos(15));
    assertThat(guesses.retryAfter("10.0.0.1")).isEmpty();
    guesses.failed("10.0.0.1");
    assertThat(guesses.retryAfter("10.0.0.1")).as("a new window counts from one").isEmpty();
  }

  @Test
  void countsEachAddressApart() {
    for (int i = 0; i < 3; i++) {
      guesses.failed("10.0.0.1");
    }
    guesses.failed("10.0.0.2");

    assertThat(guesses.retryAfter("10.0.0.1")).isPresent();
    assertThat(guesses.retryAfter("10.0.0.2")).isEmpty();
    assertThat(guesses.retryAfter("10.0.0.3")).isEmpty();
  }

  @Test
  void countsAddressesBeyondTheTableTogetherRatherThanGrowingIt() {
    for (int i = 0; i < TokenGuesses.MAX_ADDRESSES; i++) {
      guesses.failed("10.1." + (i / 256) + "." + (i % 256));
    }
    // the table is full of live windows: three more addresses share one window
    guesses.failed("192.0.2.1");
    guesses.failed("192.0.2.2");
    guesses.failed("192.0.2.3");

    assertThat(guesses.retryAfter("192.0.2.4")).isPresent();
    assertThat(guesses.retryAfter("10.1.0.1")).isEmpty();

    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    guesses.failed("192.0.2.5");
    assertThat(guesses.retryAfter("192.0.2.5")).as("expired windows make room").isEmpty();
    assertThat(guesses.retryAfter("192.0.2.4")).isEmpty();
  }
}
