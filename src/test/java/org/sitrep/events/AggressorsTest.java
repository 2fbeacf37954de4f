package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class AggressorsTest {
  private static Located event(String source, String target, String code) {
    return new Located(
        ActorCode.of(source), ActorCode.of(target), CameoCode.of(code), 0, 0, 1, source, target);
  }

  private static Found speaker(String code) {
    return new Found(ActorCode.of(code), 5, code);
  }

  @Test
  void aThreatWithNoTargetAnswersWhoeverLastStruckTheSpeakersCountry() {
    Aggressors aggressors = new Aggressors();
    aggressors.record(List.of(event("USAMIL", "IRN", "195")));
    aggressors.record(List.of(event("ISRMIL", "IRNMIL", "186"), event("IGOUNO", "IRN", "111")));
    assertThat(aggressors.answeredBy(speaker("IRNGOV"), CameoCode.of("138"), 5))
        .map(f -> f.code().value())
        .hasValue("ISRMIL");
  }

  @Test
  void criticismCivilStrifeAndFriendlyActsNameNoAggressor() {
    Aggressors aggressors = new Aggressors();
    aggressors.record(List.of(event("IGOUNO", "IRN", "111"), event("SDNMIL", "SDNREB", "190")));
    assertThat(aggressors.answeredBy(speaker("IRNGOV"), CameoCode.of("138"), 5)).isEmpty();
    assertThat(aggressors.answeredBy(speaker("SDNREB"), CameoCode.of("138"), 5)).isEmpty();
    aggressors.record(List.of(event("RUS", "UKR", "195")));
    assertThat(aggressors.answeredBy(speaker("UKRGOV"), CameoCode.of("040"), 5)).isEmpty();
    assertThat(aggressors.answeredBy(speaker("UKRGOV"), CameoCode.of("130"), 5))
        .map(f -> f.code().value())
        .hasValue("RUS");
  }
}
