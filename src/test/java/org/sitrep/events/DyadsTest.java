package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class DyadsTest {
  private static Found actor(String code) {
    return new Found(ActorCode.of(code), 0, code);
  }

  @Test
  void emergencyRuleCurfewsAndResignationsFallOnTheSourcesOwnPopulation() {
    assertThat(Dyads.ownPopulation(actor("KORGOV"), CameoCode.of("1724"), 3))
        .map(f -> f.code().value())
        .hasValue("KORCVL");
    assertThat(Dyads.ownPopulation(actor("SYRREB"), CameoCode.of("1723"), 3))
        .map(f -> f.code().value())
        .hasValue("SYRCVL");
    assertThat(Dyads.ownPopulation(actor("SRBGOV"), CameoCode.of("0831"), 3))
        .map(f -> f.code().value())
        .hasValue("SRBCVL");
  }

  @Test
  void otherActsAndActorsWithNoCountryGetNoImpliedTarget() {
    assertThat(Dyads.ownPopulation(actor("KORGOV"), CameoCode.of("172"), 3)).isEmpty();
    assertThat(Dyads.ownPopulation(actor("RUSMIL"), CameoCode.of("195"), 3)).isEmpty();
    assertThat(Dyads.ownPopulation(actor("IGOUNO"), CameoCode.of("1724"), 3)).isEmpty();
  }
}
