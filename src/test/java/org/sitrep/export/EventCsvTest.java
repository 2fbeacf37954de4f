package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;

class EventCsvTest {
  private static List<String> cells(String row) {
    // the test events hold no commas or quotes outside the evidence, which is last but two
    return List.of(row.split(",", -1));
  }

  @Test
  void writesTheLocationWithItsKindAndRule() {
    List<String> header = cells(EventCsv.HEADER);
    List<String> row = cells(EventCsv.row(EventJsonTest.strike(), Optional.of("Reuters")));

    int name = header.indexOf("location_name");
    assertThat(header.subList(name, name + 7))
        .containsExactly(
            "location_name",
            "location_country",
            "location_lat",
            "location_lon",
            "location_geonames_id",
            "location_type",
            "location_rule");
    assertThat(row.subList(name, name + 7))
        .containsExactly("Ukraine", "UKR", "49.0", "32.0", "690791", "country", "target-country");
  }

  @Test
  void anUnrecordedGeoNamesIdIsEmptyNotZero() {
    Event e = EventJsonTest.strike();
    Event atSea =
        new Event(
            e.article(),
            e.sentence(),
            e.date(),
            e.datePrecision(),
            e.source(),
            e.target(),
            e.code(),
            e.quadClass(),
            e.goldstein(),
            e.evidence(),
            e.quantity(),
            e.claimedBy(),
            Optional.of(
                new Location(
                    "Sea of Azov", "", 46.0, 36.5, 0, PlaceType.REGION, LocationRule.CLAUSE)));

    List<String> header = cells(EventCsv.HEADER);
    List<String> row = cells(EventCsv.row(atSea, Optional.empty()));

    assertThat(row.get(header.indexOf("location_geonames_id"))).isEmpty();
    assertThat(row.get(header.indexOf("location_country"))).isEmpty();
    assertThat(row.get(header.indexOf("location_type"))).isEqualTo("region");
  }
}
