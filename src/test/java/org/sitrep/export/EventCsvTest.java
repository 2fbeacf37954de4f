package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;

class EventCsvTest {
  private static final EventCoverage ONE = EventCoverage.single(Optional.empty());

  private static List<String> cells(String row) {
    // the test events hold no commas or quotes outside the evidence and the contested labels
    return List.of(row.split(",", -1));
  }

  @Test
  void writesTheLocationWithItsKindAndRule() {
    List<String> header = cells(EventCsv.HEADER);
    List<String> row = cells(EventCsv.row(EventJsonTest.strike(), Optional.of("Reuters"), ONE));

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
    List<String> row = cells(EventCsv.row(atSea, Optional.empty(), ONE));

    assertThat(row.get(header.indexOf("location_geonames_id"))).isEmpty();
    assertThat(row.get(header.indexOf("location_country"))).isEmpty();
    assertThat(row.get(header.indexOf("location_type"))).isEqualTo("region");
  }

  @Test
  void endsWithTheEventsCoverage() {
    EventCoverage told =
        new EventCoverage(
            3,
            3,
            2,
            Optional.of(LocalDate.of(2025, 3, 8)),
            Optional.of(LocalDate.of(2025, 3, 9)),
            List.of("quantity", "claimant"));

    List<String> header = cells(EventCsv.HEADER);
    List<String> row = cells(EventCsv.row(EventJsonTest.strike(), Optional.of("Reuters"), told));

    int mentions = header.indexOf("mentions");
    assertThat(header.subList(mentions, header.size()))
        .containsExactly("mentions", "articles", "sources", "first_seen", "last_seen", "contested");
    assertThat(row.subList(row.size() - 6, row.size()))
        .containsExactly("3", "3", "2", "2025-03-08", "2025-03-09", "quantity; claimant");
    assertThat(cells(EventCsv.row(EventJsonTest.strike(), Optional.empty(), ONE)))
        .endsWith("1", "1", "1", "", "", "");
  }
}
