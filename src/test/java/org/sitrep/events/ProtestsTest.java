package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class ProtestsTest {
  private static Located demand(String code, String sourceText) {
    return new Located(
        ActorCode.of("LBYCVL"),
        ActorCode.of("LBYGOV"),
        CameoCode.of(code),
        5,
        2,
        12,
        sourceText,
        "Prime Minister Abdul Hamid Dbeibah");
  }

  @Test
  void aCrowdsDemandIsADemonstrationForTheSameAim() {
    assertThat(Protests.recode(demand("100", "Hundreds of protesters")).code().value())
        .isEqualTo("141");
    assertThat(Protests.recode(demand("1041", "the demonstrators")).code().value())
        .isEqualTo("1411");
  }

  @Test
  void anyoneElsesDemandOrACrowdsOtherActsStayAsCoded() {
    assertThat(Protests.recode(demand("100", "the opposition leader")).code().value())
        .isEqualTo("100");
    assertThat(Protests.recode(demand("111", "Hundreds of protesters")).code().value())
        .isEqualTo("111");
  }
}
