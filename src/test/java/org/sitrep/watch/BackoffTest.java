package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void doublesFromTheBaseUpToTheCapWithJitterBelowTheFullDelay() {
    Backoff full = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), () -> 0.999999);
    Backoff half = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), () -> 0.0);

    assertThat(Duration.between(NOW, full.next(1, Optional.empty(), NOW)))
        .isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1));
    assertThat(Duration.between(NOW, half.next(1, Optional.empty(), NOW)))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(Duration.between(NOW, half.next(4, Optional.empty(), NOW)))
        .isEqualTo(Duration.ofMinutes(4));
    assertThat(Duration.between(NOW, half.next(40, Optional.empty(), NOW)))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void neverComesBackBeforeRetryAfterButAtMostADayLater() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), () -> 0.5);

    assertThat(backoff.next(1, Optional.of(Duration.ofMinutes(10)), NOW))
        .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(backoff.next(1, Optional.of(Duration.ofSeconds(5)), NOW))
        .isEqualTo(NOW.plusSeconds(45));
    assertThat(backoff.next(1, Optional.of(Duration.ofDays(30)), NOW))
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void readsRetryAfterAsSecondsOrAnHttpDate() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Mon, 05 Jan 2026 10:05:00 GMT", NOW))
        .contains(Duration.ofMinutes(5));
    assertThat(RetryAfter.parse("Mon, 05 Jan 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
  }
}
