package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** One act told at two levels in a sentence is kept once, by the finer actor. */
class FinerActorsTest {
  private static Located event(String source, String target, String code) {
    return new Located(
        ActorCode.of(source), ActorCode.of(target), CameoCode.of(code), 4, 0, 7, "", "");
  }

  private static Map<String, Located> kept(Located... events) {
    Map<String, Located> located = new LinkedHashMap<>();
    for (Located e : events) {
      located.put(e.dyadKey(), e);
    }
    FinerActors.keepFinest(located);
    return located;
  }

  @Test
  void theLeaderKeepsTheThreatHisCountryMakes() {
    Map<String, Located> left = kept(event("ISR", "LBN", "138"), event("ISRGOV", "LBN", "138"));

    assertThat(left.values()).containsExactly(event("ISRGOV", "LBN", "138"));
  }

  @Test
  void theFinerTargetKeepsTheEvent() {
    Map<String, Located> left =
        kept(event("ISRGOV", "LBNREB", "138"), event("ISRGOV", "LBN", "1384"));

    assertThat(left.values()).containsExactly(event("ISRGOV", "LBNREB", "138"));
  }

  @Test
  void otherRootsAndOtherPartiesStay() {
    Map<String, Located> left =
        kept(
            event("ISRGOV", "LBN", "138"),
            event("ISR", "LBN", "190"),
            event("ISR", "SYR", "138"),
            event("ISRGOV", "---", "138"));

    assertThat(left).hasSize(4);
  }

  @Test
  void twoActorsOfOneCountryAreNotRefinementsOfEachOther() {
    Map<String, Located> left = kept(event("ISRGOV", "LBN", "138"), event("ISRMIL", "LBN", "138"));

    assertThat(left).hasSize(2);
  }
}
