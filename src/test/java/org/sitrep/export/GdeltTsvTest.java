package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;

class GdeltTsvTest {
  private static final LocalDate ADDED = LocalDate.of(2024, 11, 11);

  private static Map<String, String> columns(String line) {
    String[] cells = line.split("\t", -1);
    assertThat(cells).hasSize(61);
    Map<String, String> byName = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      byName.put(GdeltTsv.COLUMNS.get(i), cells[i]);
    }
    return byName;
  }

  private static Event withActors(ActorRef source, Optional<ActorRef> target, String code) {
    return new Event(
        "seed",
        5,
        LocalDate.of(2024, 11, 7),
        DatePrecision.DAY,
        source,
        target,
        CameoCode.of(code),
        OptionalInt.of(1),
        OptionalDouble.of(3.4),
        new Evidence("x", 0, 1),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void hasGdelt2EventsSixtyOneColumnsInCodebookOrder() {
    assertThat(GdeltTsv.COLUMNS).hasSize(61).doesNotHaveDuplicates();
    assertThat(GdeltTsv.COLUMNS.subList(0, 7))
        .containsExactly(
            "GlobalEventID",
            "Day",
            "MonthYear",
            "Year",
            "FractionDate",
            "Actor1Code",
            "Actor1Name");
    assertThat(GdeltTsv.COLUMNS.get(25)).isEqualTo("IsRootEvent");
    assertThat(GdeltTsv.COLUMNS.get(34)).isEqualTo("AvgTone");
    assertThat(GdeltTsv.COLUMNS.get(51)).isEqualTo("ActionGeo_Type");
    assertThat(GdeltTsv.COLUMNS.subList(59, 61)).containsExactly("DATEADDED", "SOURCEURL");
  }

  @Test
  void writesATypicalEventInTheRightColumns() {
    Map<String, String> c =
        columns(GdeltTsv.line(EventJsonTest.strike(), "https://example.org/story", ADDED));

    assertThat(c.get("Day")).isEqualTo("20241110");
    assertThat(c.get("MonthYear")).isEqualTo("202411");
    assertThat(c.get("Year")).isEqualTo("2024");
    assertThat(c.get("FractionDate")).isEqualTo("2024.9315"); // (11 * 30 + 10) / 365
    assertThat(c.get("Actor1Code")).isEqualTo("RUSMIL");
    assertThat(c.get("Actor1Name")).isEqualTo("RUSSIA");
    assertThat(c.get("Actor1CountryCode")).isEqualTo("RUS");
    assertThat(c.get("Actor1Type1Code")).isEqualTo("MIL");
    assertThat(c.get("Actor1EthnicCode")).isEmpty();
    assertThat(c.get("Actor2Code")).isEqualTo("UKR");
    assertThat(c.get("Actor2CountryCode")).isEqualTo("UKR");
    assertThat(c.get("Actor2Type1Code")).isEmpty();
    assertThat(c.get("IsRootEvent")).isEqualTo("0");
    assertThat(c.get("EventCode")).isEqualTo("195");
    assertThat(c.get("EventBaseCode")).isEqualTo("195");
    assertThat(c.get("EventRootCode")).isEqualTo("19");
    assertThat(c.get("QuadClass")).isEqualTo("4");
    assertThat(c.get("GoldsteinScale")).isEqualTo("-10");
    assertThat(List.of(c.get("NumMentions"), c.get("NumSources"), c.get("NumArticles")))
        .containsOnly("1");
    assertThat(c.get("AvgTone")).isEmpty();
    assertThat(c.get("Actor1Geo_Type")).isEqualTo("0");
    assertThat(c.get("Actor1Geo_FullName")).isEmpty();
    assertThat(c.get("ActionGeo_Type")).isEqualTo("1");
    assertThat(c.get("ActionGeo_FullName")).isEqualTo("Ukraine");
    assertThat(c.get("ActionGeo_CountryCode")).isEqualTo("UKR");
    assertThat(c.get("ActionGeo_Lat")).isEqualTo("49");
    assertThat(c.get("ActionGeo_Long")).isEqualTo("32");
    assertThat(c.get("ActionGeo_FeatureID")).isEqualTo("690791");
    assertThat(c.get("DATEADDED")).isEqualTo("20241111000000");
    assertThat(c.get("SOURCEURL")).isEqualTo("https://example.org/story");
  }

  @Test
  void splitsActorCodesIntoCountryKnownGroupReligionAndTypes() {
    Map<String, String> c =
        columns(
            GdeltTsv.line(
                withActors(
                    ActorRef.of("IGOEUREEC", "the EU"),
                    Optional.of(ActorRef.of("USAGOVLEG", "Congress")),
                    "0256"),
                "",
                ADDED));

    assertThat(c.get("Actor1CountryCode")).isEqualTo("EUR");
    assertThat(c.get("Actor1KnownGroupCode")).isEqualTo("EEC");
    assertThat(c.get("Actor1Type1Code")).isEqualTo("IGO");
    assertThat(c.get("Actor2CountryCode")).isEqualTo("USA");
    assertThat(c.get("Actor2Type1Code")).isEqualTo("GOV");
    assertThat(c.get("Actor2Type2Code")).isEqualTo("LEG");
    assertThat(c.get("EventBaseCode")).isEqualTo("025");
    assertThat(c.get("EventRootCode")).isEqualTo("02");
    assertThat(c.get("GoldsteinScale")).isEqualTo("3.4");

    Map<String, String> religious =
        columns(
            GdeltTsv.line(
                withActors(ActorRef.of("MOSSUN", "Sunni Muslims"), Optional.empty(), "010"),
                "",
                ADDED));
    assertThat(religious.get("Actor1CountryCode")).isEmpty();
    assertThat(religious.get("Actor1Religion1Code")).isEqualTo("MOS");
    assertThat(religious.get("Actor1Religion2Code")).isEqualTo("SUN");
  }

  @Test
  void namesActorsByTheirNamesNotByTheWordsThatNamedThem() {
    Map<String, String> c =
        columns(
            GdeltTsv.line(
                withActors(
                    ActorRef.of("RUSGOV", "the Kremlin war machine", "Kremlin"),
                    Optional.of(ActorRef.of("UKRGOV", "Zelensky", "Volodymyr Zelensky")),
                    "0256"),
                "",
                ADDED));

    assertThat(c.get("Actor1Name")).isEqualTo("KREMLIN");
    assertThat(c.get("Actor2Name")).isEqualTo("VOLODYMYR ZELENSKY");
  }

  @Test
  void leavesActor2EmptyForAnEventWithoutTarget() {
    Map<String, String> c = columns(GdeltTsv.line(EventJsonTest.bare(), "", ADDED));

    for (String column : GdeltTsv.COLUMNS.subList(15, 25)) {
      assertThat(c.get(column)).as(column).isEmpty();
    }
    assertThat(c.get("IsRootEvent")).isEqualTo("1");
    assertThat(c.get("QuadClass")).isEmpty();
    assertThat(c.get("ActionGeo_Type")).isEqualTo("0");
  }

  @Test
  void actionGeoTypeSaysCountryStateOrCityAsGdeltDoes() {
    Map<String, Integer> expected =
        Map.of(
            "Ukraine/UKR/country",
            1,
            "Texas/USA/division",
            2,
            "Miami/USA/city",
            3,
            "Kyiv/UKR/city",
            4,
            "Kursk Oblast/RUS/division",
            5,
            "Black Sea//region",
            4);
    expected.forEach(
        (place, type) -> {
          String[] p = place.split("/", -1);
          Event e =
              new Event(
                  "a",
                  0,
                  LocalDate.of(2024, 11, 7),
                  DatePrecision.DAY,
                  ActorRef.of("RUS", "Russia"),
                  Optional.empty(),
                  CameoCode.of("190"),
                  OptionalInt.of(4),
                  OptionalDouble.of(-10),
                  new Evidence("x", 0, 1),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(
                      new Location(
                          p[0], p[1], 1.0, 2.0, 0, PlaceType.of(p[2]), LocationRule.CLAUSE)));
          Map<String, String> c = columns(GdeltTsv.line(e, "", ADDED));
          assertThat(c.get("ActionGeo_Type")).as(place).isEqualTo(Integer.toString(type));
          assertThat(c.get("ActionGeo_CountryCode")).as(place).isEqualTo(p[1]);
          assertThat(c.get("ActionGeo_FeatureID")).as(place).isEmpty();
        });
  }

  @Test
  void replacesTabsAndLineBreaksInFieldsBySpaces() {
    Event e = withActors(ActorRef.of("USA", "the\tWhite\nHouse"), Optional.empty(), "010");

    String line = GdeltTsv.line(e, "https://example.org/a\tb\r\nc", ADDED);

    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    Map<String, String> c = columns(line);
    assertThat(c.get("Actor1Name")).isEqualTo("THE WHITE HOUSE");
    assertThat(c.get("SOURCEURL")).isEqualTo("https://example.org/a b  c");
  }

  @Test
  void givesTheSameEventTheSamePositiveIdOnEveryRun() {
    long id = GdeltTsv.globalEventId(EventJsonTest.strike());

    assertThat(id).isPositive().isEqualTo(GdeltTsv.globalEventId(EventJsonTest.strike()));
    assertThat(GdeltTsv.globalEventId(EventJsonTest.bare())).isNotEqualTo(id);
    assertThat(columns(GdeltTsv.line(EventJsonTest.strike(), "", ADDED)).get("GlobalEventID"))
        .isEqualTo(Long.toString(id));
  }

  @Test
  void aStoredEventsCountsFillNumMentionsNumSourcesAndNumArticles() {
    EventCoverage told =
        new EventCoverage(5, 4, 3, Optional.empty(), Optional.empty(), List.of("quantity"));

    Map<String, String> c = columns(GdeltTsv.line(EventJsonTest.strike(), "", ADDED, told));

    assertThat(c.get("NumMentions")).isEqualTo("5");
    assertThat(c.get("NumSources")).isEqualTo("3");
    assertThat(c.get("NumArticles")).isEqualTo("4");
    assertThat(c.get("DATEADDED")).isEqualTo("20241111000000");
  }
}
