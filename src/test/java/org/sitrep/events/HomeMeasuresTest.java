package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class HomeMeasuresTest {
  private static Found actor(String code) {
    return new Found(ActorCode.of(code), 0, code);
  }

  @Test
  void emergencyRuleCurfewsAndResignationsFallOnTheSourcesOwnPopulation() {
    assertThat(HomeMeasures.target(actor("KORGOV"), CameoCode.of("1724"), 3))
        .extracting(f -> f.code().value())
        .containsExactly("KORCVL");
    assertThat(HomeMeasures.target(actor("SYRREB"), CameoCode.of("1723"), 3))
        .extracting(f -> f.code().value())
        .containsExactly("SYRCVL");
    assertThat(HomeMeasures.target(actor("SRBGOV"), CameoCode.of("0831"), 3))
        .extracting(f -> f.code().value())
        .containsExactly("SRBCVL");
  }

  @Test
  void otherActsAndActorsWithNoCountryGetNoImpliedTarget() {
    assertThat(HomeMeasures.target(actor("KORGOV"), CameoCode.of("172"), 3)).isEmpty();
    assertThat(HomeMeasures.target(actor("RUSMIL"), CameoCode.of("195"), 3)).isEmpty();
    assertThat(HomeMeasures.target(actor("IGOUNO"), CameoCode.of("1724"), 3)).isEmpty();
  }
}
