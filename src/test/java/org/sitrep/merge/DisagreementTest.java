package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.merge.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementTest {
  @Test
  void reportsThatAgreeDisagreeOnNothing() {
    assertThat(
            Disagreement.of(
                List.of(
                    report().in("a", 0).counting(145, "drones").told("Reuters"),
                    report().in("b", 0).counting(145, "drones").told("AP"),
                    report().in("c", 0).told("AFP"))))
        .isEmpty();
  }

  @Test
  void differentFiguresOfOneUnitAreAQuantityDispute() {
    assertThat(
            Disagreement.of(
                List.of(
                    report().in("a", 0).counting(12, "killed").told("Reuters"),
                    report().in("b", 0).counting(15, "killed").told("AP"))))
        .containsExactly(Disagreement.QUANTITY);
  }

  @Test
  void claimsOfTwoCountriesAreAClaimantDisputeAndBlameTheOtherWayADirectionDispute() {
    assertThat(
            Disagreement.of(
                List.of(
                    report().in("a", 0).code("194").claimedBy("UKRGOV").told("Kyiv Independent"),
                    report()
                        .in("b", 0)
                        .code("194")
                        .by("UKR", "RUS")
                        .claimedBy("RUSMIL")
                        .told("TASS"))))
        .containsExactlyInAnyOrder(Disagreement.CLAIMANT, Disagreement.DIRECTION);
  }

  @Test
  void aSentenceCodedBothWaysTellsAReciprocalEventNotADispute() {
    assertThat(
            Disagreement.of(
                List.of(
                    report().in("a", 1).code("190").told("Reuters"),
                    report().in("a", 1).code("190").by("UKR", "RUS").told("Reuters"),
                    report().in("b", 0).code("190").told("AP"))))
        .isEmpty();
  }

  @Test
  void labelsRoundTrip() {
    var both = java.util.EnumSet.of(Disagreement.QUANTITY, Disagreement.DIRECTION);
    assertThat(Disagreement.labels(both)).isEqualTo("quantity,direction");
    assertThat(Disagreement.parse("quantity,direction")).isEqualTo(both);
    assertThat(Disagreement.parse("")).isEmpty();
  }

  @Test
  void eachVersionListsItsOutlets() {
    List<Version> versions =
        Version.of(
            List.of(
                report().in("a", 0).counting(34, "drones").claimedBy("RUSMIL").told("TASS"),
                report().in("b", 0).counting(34, "drones").claimedBy("RUSMIL").told("RIA"),
                report().in("c", 0).counting(12, "drones").claimedBy("UKRMIL").told("Ukrinform")));
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).outlets()).containsExactly("TASS", "RIA");
    assertThat(versions.get(1).quantity().orElseThrow().value()).isEqualTo(12);
  }
}
