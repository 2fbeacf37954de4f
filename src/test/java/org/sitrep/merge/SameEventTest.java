package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.merge.Reports.report;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;

class SameEventTest {
  private static boolean same(Reports a, Reports b) {
    Event x = a.event();
    Event y = b.event();
    boolean forward = SameEvent.score(x, y).isPresent();
    assertThat(SameEvent.score(y, x).isPresent()).as("symmetric").isEqualTo(forward);
    return forward;
  }

  @Test
  void twoOutletsReportingOneStrikeOnOneDayTellOneEvent() {
    assertThat(
            same(
                report().in("a", 0),
                report()
                    .in("b", 3)
                    .saying("Moscow sent dozens of drones against Ukrainian cities overnight.")))
        .isTrue();
  }

  @Test
  void twoEventsCodedFromOneSentenceStayTwo() {
    assertThat(same(report().in("a", 2), report().in("a", 2))).isFalse();
    assertThat(same(report().in("a", 2), report().in("a", 2).code("190"))).isFalse();
  }

  @Test
  void theTwoDirectionsOfOneSentenceAreOneReciprocalEvent() {
    assertThat(
            same(
                report().in("a", 2).code("190").saying("Thai and Cambodian troops clashed."),
                report()
                    .in("a", 2)
                    .code("190")
                    .by("UKR", "RUS")
                    .saying("Thai and Cambodian troops clashed.")))
        .isTrue();
  }

  @Test
  void theSameDyadTheNextDayIsAnotherEvent() {
    assertThat(
            same(
                report().in("a", 0),
                report()
                    .in("b", 0)
                    .on("2025-03-08", DatePrecision.DAY)
                    .saying("Russian missiles hit Odesa's port on Saturday, the governor said.")))
        .isFalse();
  }

  @Test
  void reportsADayApartWithTheSameFigureAndPlaceAreOneEventDatedDifferently() {
    assertThat(
            same(
                report().in("a", 0).counting(145, "drones").at(Reports.KYIV),
                report()
                    .in("b", 0)
                    .on("2025-03-08", DatePrecision.DAY)
                    .counting(145, "drones")
                    .at(Reports.KYIV)
                    .saying("Overnight, 145 Russian drones targeted the capital.")))
        .isTrue();
  }

  @Test
  void dailyReportsInTheSameWordsAreEventsOfTheirDays() {
    assertThat(
            same(
                report().in("a", 0).counting(120, "drones"),
                report().in("b", 0).on("2025-03-08", DatePrecision.DAY).counting(90, "drones")))
        .isFalse();
  }

  @Test
  void aPublicationDateMayStandForTheDayBefore() {
    assertThat(
            same(
                report().in("a", 0), report().in("b", 0).on("2025-03-08", DatePrecision.PUBLISHED)))
        .isTrue();
    assertThat(
            same(
                report().in("a", 0), report().in("b", 0).on("2025-03-09", DatePrecision.PUBLISHED)))
        .isFalse();
  }

  @Test
  void aMonthHoldsItsDaysButOnlyCorroboratedReportsJoinIt() {
    assertThat(
            same(
                report().in("a", 0).on("2025-03-01", DatePrecision.MONTH).at(Reports.KYIV),
                report().in("b", 0).on("2025-03-20", DatePrecision.DAY).at(Reports.KYIV)))
        .isTrue();
    assertThat(
            same(
                report().in("a", 0).on("2025-03-01", DatePrecision.MONTH),
                report()
                    .in("b", 0)
                    .on("2025-03-20", DatePrecision.DAY)
                    .saying("Drones hit a power station in the Poltava region.")))
        .isFalse();
  }

  @Test
  void attacksOnTwoCitiesFarApartAreTwoEvents() {
    assertThat(same(report().in("a", 0).at(Reports.KYIV), report().in("b", 0).at(Reports.ODESA)))
        .isFalse();
  }

  @Test
  void aCityIsInsideItsCountry() {
    assertThat(same(report().in("a", 0).at(Reports.KYIV), report().in("b", 0).at(Reports.UKRAINE)))
        .isTrue();
  }

  @Test
  void actorsOfOtherCountriesOrExclusiveRolesAreOtherEvents() {
    assertThat(same(report().in("a", 0), report().in("b", 0).by("RUS", "GEO"))).isFalse();
    assertThat(
            same(report().in("a", 0).by("RUSREB", "UKR"), report().in("b", 0).by("RUSMIL", "UKR")))
        .isFalse();
    assertThat(
            same(report().in("a", 0).by("RUSMIL", "UKR"), report().in("b", 0).by("RUSGOV", "UKR")))
        .as("organs of one state")
        .isTrue();
    assertThat(
            same(report().in("a", 0).by("RUSMIL", "UKR"), report().in("b", 0).by("RUS", "UKRMIL")))
        .isTrue();
  }

  @Test
  void aBombingAndAnAirStrikeMayBeOneEventWhenTheirSentencesAgree() {
    assertThat(
            same(
                report().in("a", 0).code("183").saying("A Russian bomb hit Kharkiv's centre."),
                report().in("b", 0).code("195").saying("A drone struck a bakery near Lviv.")))
        .isFalse();
    assertThat(
            same(
                report()
                    .in("a", 0)
                    .code("183")
                    .saying("A Russian glide bomb hit Kharkiv's central market on Friday."),
                report()
                    .in("b", 0)
                    .code("195")
                    .saying("A Russian air strike hit the central market in Kharkiv.")))
        .isTrue();
  }

  @Test
  void otherRootsAreOtherEvents() {
    assertThat(same(report().in("a", 0).code("112"), report().in("b", 0).code("138"))).isFalse();
  }

  @Test
  void aMeetingIsOneEventWhicheverSideIsNamedFirst() {
    assertThat(
            same(
                report().in("a", 0).code("040").by("USA", "RUS"),
                report().in("b", 0).code("040").by("RUS", "USA")))
        .isTrue();
  }

  @Test
  void aRetaliationTheOtherWayIsAnotherEvent() {
    assertThat(
            same(
                report().in("a", 0),
                report()
                    .in("b", 0)
                    .by("UKR", "RUS")
                    .saying("Ukrainian drones set a Russian oil refinery in Ryazan ablaze.")))
        .isFalse();
  }

  @Test
  void claimsThatBlameEachOtherForOneShellingAreOneEvent() {
    assertThat(
            same(
                report()
                    .in("a", 0)
                    .code("194")
                    .claimedBy("UKRGOV")
                    .saying("Kyiv said Russian forces shelled the Zaporizhzhia nuclear plant."),
                report()
                    .in("b", 0)
                    .code("194")
                    .by("UKR", "RUS")
                    .claimedBy("RUSGOV")
                    .saying(
                        "Moscow said Ukrainian forces shelled the Zaporizhzhia nuclear plant.")))
        .isTrue();
  }
}
