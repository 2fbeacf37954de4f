package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** A state named bare acts through its government or its army. */
class StateSectorsTest {
  private static String source(String actor, String code) {
    return StateSectors.source(ActorCode.of(actor), CameoCode.of(code)).value();
  }

  private static String target(String actor, String code) {
    return StateSectors.target(ActorCode.of(actor), CameoCode.of(code)).value();
  }

  @Test
  void aStateSpeaksThroughItsGovernment() {
    assertThat(source("IRN", "111")).isEqualTo("IRNGOV");
    assertThat(source("USA", "046")).isEqualTo("USAGOV");
  }

  @Test
  void aStateFightsThroughItsArmy() {
    assertThat(source("ISR", "195")).isEqualTo("ISRMIL");
    assertThat(source("PRK", "150")).isEqualTo("PRKMIL");
  }

  @Test
  void anAssaultOrAProtestKeepsTheBareState() {
    assertThat(source("ISR", "183")).isEqualTo("ISR");
    assertThat(source("SRB", "141")).isEqualTo("SRB");
  }

  @Test
  void aStateIsAddressedAsItsGovernment() {
    assertThat(target("CHN", "020")).isEqualTo("CHNGOV");
    assertThat(target("RUS", "163")).isEqualTo("RUSGOV");
  }

  @Test
  void aStateAttackedOrCriticisedStaysTheCountry() {
    assertThat(target("UKR", "195")).isEqualTo("UKR");
    assertThat(target("ISR", "111")).isEqualTo("ISR");
  }

  @Test
  void rolesRegionsAndBodiesStayAsNamed() {
    assertThat(source("RUSMIL", "111")).isEqualTo("RUSMIL");
    assertThat(source("EUR", "040")).isEqualTo("EUR");
    assertThat(source("IGOUNO", "020")).isEqualTo("IGOUNO");
    assertThat(target("---", "020")).isEqualTo("---");
  }
}
