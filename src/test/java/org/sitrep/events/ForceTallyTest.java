package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

class ForceTallyTest {
  private static Located event(String source, String target, String code) {
    return new Located(
        ActorCode.of(source), ActorCode.of(target), CameoCode.of(code), 0, 0, 1, source, target);
  }

  private static List<Found> judge(String code) {
    return List.of(new Found(ActorCode.of(code), 5, code));
  }

  private static String aggressorFor(ForceTally tally, String judge) {
    return tally.aggressorFor(judge(judge), 5).map(f -> f.code().value()).orElse("none");
  }

  @Test
  void theCountryToldUsingForceMostIsTheAggressorOtherThanTheJudge() {
    ForceTally tally = new ForceTally(PredicateLexicon.bundled());
    tally.record(List.of(event("ISRMIL", "LBN", "195")));
    tally.record(List.of(event("LBNREB", "ISR", "190"), event("ISRMIL", "LBNREB", "190")));
    assertThat(aggressorFor(tally, "IRNGOV")).isEqualTo("ISRMIL");
    assertThat(aggressorFor(tally, "ISRGOV")).isEqualTo("LBNREB");
  }

  @Test
  void amongEqualsTheFirstToldStruckAndTheRestAnswered() {
    ForceTally tally = new ForceTally(PredicateLexicon.bundled());
    tally.record(List.of(event("USAMIL", "YEMREB", "195")));
    tally.record(List.of(event("YEMREB", "USAMIL", "195")));
    assertThat(aggressorFor(tally, "OMNGOV")).isEqualTo("USAMIL");
  }

  @Test
  void wordsAndCriticismAndDomesticForceMakeNoAggressor() {
    ForceTally tally = new ForceTally(PredicateLexicon.bundled());
    tally.record(List.of(event("IGOUNO", "ISR", "111"), event("SDNMIL", "SDNREB", "190")));
    assertThat(aggressorFor(tally, "EGYGOV")).isEqualTo("none");
    assertThat(tally.isForce("raid")).isTrue();
    assertThat(tally.isForce("aggression")).isTrue();
    assertThat(tally.isForce("visit")).isFalse();
  }
}
