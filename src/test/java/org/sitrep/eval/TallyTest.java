package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void computesPrecisionRecallAndF1() {
    Tally t = new Tally(13, 20, 21);

    assertThat(t.precision()).isEqualTo(0.65);
    assertThat(t.recall()).isCloseTo(0.619, within(0.001));
    assertThat(t.f1()).isCloseTo(0.634, within(0.001));
  }

  @Test
  void ratiosWithNothingToDivideByAreZero() {
    assertThat(new Tally(0, 0, 5).precision()).isZero();
    assertThat(new Tally(0, 5, 0).recall()).isZero();
    assertThat(Share.ZERO.value()).isZero();
  }

  @Test
  void rejectsMoreMatchesThanPredictionsNamingTheCounts() {
    assertThatThrownBy(() -> new Tally(3, 2, 5)).hasMessageContaining("3 of 2, 5");
  }
}
