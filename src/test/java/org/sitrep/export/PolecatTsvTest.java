package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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

class PolecatTsvTest {
  private static Event event(String code, Optional<Location> place) {
    return new Event(
        "kyiv",
        2,
        LocalDate.of(2025, 3, 9),
        DatePrecision.DAY,
        ActorRef.of("RUSMIL", "Russia's\tarmy"),
        Optional.of(ActorRef.of("UKRGOVMIL", "Ukraine's defence ministry")),
        CameoCode.of(code),
        OptionalInt.of(4),
        OptionalDouble.of(-10),
        new Evidence("x", 0, 1),
        Optional.empty(),
        Optional.empty(),
        place);
  }

  private static Map<String, String> cells(String line) {
    String[] cells = line.split("\t", -1);
    assertThat(cells).hasSize(PolecatTsv.COLUMNS.size());
    Map<String, String> byName = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      byName.put(PolecatTsv.COLUMNS.get(i), cells[i]);
    }
    return byName;
  }

  @Test
  void writesThePloverCodingActorsSectorsAndPlace() {
    Location kharkiv =
        new Location("Kharkiv", "UKR", 49.98, 36.25, 706483, PlaceType.CITY, LocationRule.CLAUSE);
    Map<String, String> row =
        cells(
            PolecatTsv.line(
                event("195", Optional.of(kharkiv)),
                Optional.of(LocalDate.of(2025, 3, 10)),
                Optional.of("Reuters")));

    assertThat(row.get("Event Date")).isEqualTo("2025-03-09");
    assertThat(row.get("Event Type")).isEqualTo("ASSAULT");
    assertThat(row.get("Event Mode")).isNotEmpty();
    assertThat(row.get("Quad Code")).isEqualTo("4");
    assertThat(row.get("Actor Name")).isEqualTo("Russia's army"); // the tab cannot split the row
    assertThat(row.get("Actor Country")).isEqualTo("RUS");
    assertThat(row.get("Primary Actor Sector")).isEqualTo("Military");
    assertThat(row.get("Recipient Sectors")).isEqualTo("Government;Military");
    assertThat(row.get("City")).isEqualTo("Kharkiv");
    assertThat(row.get("State")).isEmpty();
    assertThat(row.get("GeoNames ID")).isEqualTo("706483");
    assertThat(row.get("Source")).isEqualTo("Reuters");
    assertThat(row.get("Publication Date")).isEqualTo("2025-03-10");
    assertThat(row.get("Event ID"))
        .isEqualTo(Long.toString(GdeltTsv.globalEventId(event("195", Optional.of(kharkiv)))));
  }

  @Test
  void statementsHaveNoPloverTypeAndNoLine() {
    Event statement = event("010", Optional.empty());

    assertThat(PolecatTsv.covers(statement)).isFalse();
    assertThatThrownBy(() -> PolecatTsv.line(statement, Optional.empty(), Optional.empty()))
        .hasMessageContaining("CAMEO 010");
    assertThat(PolecatTsv.covers(event("0874", Optional.empty()))).isTrue();
  }
}
