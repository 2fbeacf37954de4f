package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void insurgentsTakingATownOfTheirOwnCountryFightItsArmy() {
    List<Found> subjects = List.of(actor("CODREB"));
    assertThat(Dyads.otherThanSubjects(subjects, List.of(actor("COD")), CameoCode.of("192")))
        .extracting(f -> f.code().value())
        .containsExactly("CODMIL");
    // not force: the rebels' own country is still themselves
    assertThat(Dyads.otherThanSubjects(subjects, List.of(actor("COD")), CameoCode.of("010")))
        .isEmpty();
    // a state's army and its own country are one party whatever the act
    assertThat(
            Dyads.otherThanSubjects(
                List.of(actor("RUSMIL")), List.of(actor("RUS"), actor("UKR")), CameoCode.of("192")))
        .extracting(f -> f.code().value())
        .containsExactly("UKR");
  }

  @Test
  void hostileActsReleasesAndRetreatsLookForTheStorysOtherParty() {
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("190"))).isTrue();
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("0841"))).isTrue();
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("0874"))).isTrue();
    // a ceasefire or a meeting names its parties or has none
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("0871"))).isFalse();
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("040"))).isFalse();
  }

  @Test
  void aDenialAnswersTheStorysAccuserWhileOtherStatementsAddressNoOne() {
    assertThat(Dyads.storyImpliesTarget(CameoCode.of("016"))).isTrue();
    assertThat(Dyads.addressesNoOne(CameoCode.of("016"))).isFalse();
    assertThat(Dyads.addressesNoOne(CameoCode.of("010"))).isTrue();
    assertThat(Dyads.addressesNoOne(CameoCode.of("111"))).isFalse();
  }

  @Test
  void onlyAStatesForcesGiveGroundWhenTheyRetreat() {
    assertThat(Dyads.givesGround(actor("SDNMIL"), CameoCode.of("0874"))).isTrue();
    assertThat(Dyads.givesGround(actor("SDNREB"), CameoCode.of("0874"))).isFalse();
    assertThat(Dyads.givesGround(actor("SDNMIL"), CameoCode.of("190"))).isFalse();
  }
}
