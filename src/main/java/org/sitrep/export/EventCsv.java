package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.cameo.CameoNames;
import org.sitrep.cameo.Plover;
import org.sitrep.cameo.PloverTable;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;

/**
 * Stored events as CSV, one flat row per event with the fields of the record and its coverage
 * (docs/record-format.md); absent values are empty cells.
 *
 * <pre>{@code EventCsv.HEADER; EventCsv.row(event, Optional.of("Reuters"), coverage)}</pre>
 */
public final class EventCsv {
  public static final String HEADER =
      Csv.row(
          List.of(
              "article",
              "outlet",
              "sentence",
              "date",
              "date_precision",
              "source_code",
              "source_text",
              "source_name",
              "target_code",
              "target_text",
              "target_name",
              "code",
              "code_name",
              "root",
              "quad_class",
              "goldstein",
              "plover_event_type",
              "plover_mode",
              "plover_context",
              "quantity_value",
              "quantity_unit",
              "quantity_text",
              "claimed_by_code",
              "claimed_by_text",
              "claimed_by_name",
              "location_name",
              "location_country",
              "location_lat",
              "location_lon",
              "location_geonames_id",
              "location_type",
              "location_rule",
              "evidence_text",
              "evidence_start",
              "evidence_end",
              "mentions",
              "articles",
              "sources",
              "first_seen",
              "last_seen",
              "contested"));

  private EventCsv() {}

  /**
   * A stored event's row: its record, then how widely it was reported; {@code contested} lists what
   * its reports disagree on, joined by "; " (empty when they agree).
   */
  public static String row(Event e, Optional<String> outlet, EventCoverage coverage) {
    List<String> cells = cells(e, outlet);
    cells.add(Integer.toString(coverage.mentions()));
    cells.add(Integer.toString(coverage.articles()));
    cells.add(Integer.toString(coverage.sources()));
    cells.add(coverage.firstSeen().map(Object::toString).orElse(""));
    cells.add(coverage.lastSeen().map(Object::toString).orElse(""));
    cells.add(String.join("; ", coverage.contested()));
    return Csv.row(cells);
  }

  private static List<String> cells(Event e, Optional<String> outlet) {
    List<String> cells = new ArrayList<>();
    cells.add(e.article());
    cells.add(outlet.orElse(""));
    cells.add(Integer.toString(e.sentence()));
    cells.add(e.date().toString());
    cells.add(e.datePrecision().label());
    cells.add(e.source().code().value());
    cells.add(e.source().text());
    cells.add(e.source().name());
    cells.add(e.target().map(a -> a.code().value()).orElse(""));
    cells.add(e.target().map(ActorRef::text).orElse(""));
    cells.add(e.target().map(ActorRef::name).orElse(""));
    cells.add(e.code().value());
    cells.add(CameoNames.bundled().name(e.code().value()).orElse(""));
    cells.add(e.root());
    cells.add(e.quadClass().isPresent() ? Integer.toString(e.quadClass().getAsInt()) : "");
    cells.add(e.goldstein().isPresent() ? Double.toString(e.goldstein().getAsDouble()) : "");
    Optional<Plover> plover = PloverTable.bundled().plover(e.code().value());
    cells.add(plover.map(Plover::eventType).orElse(""));
    cells.add(plover.flatMap(Plover::mode).orElse(""));
    // contexts joined as the PLOVER table writes two
    cells.add(plover.map(p -> String.join("; ", p.contexts())).orElse(""));
    Optional<Quantity> q = e.quantity();
    cells.add(q.map(quantity -> number(quantity.value())).orElse(""));
    cells.add(q.map(Quantity::unit).orElse(""));
    cells.add(q.map(Quantity::text).orElse(""));
    cells.add(e.claimedBy().map(a -> a.code().value()).orElse(""));
    cells.add(e.claimedBy().map(ActorRef::text).orElse(""));
    cells.add(e.claimedBy().map(ActorRef::name).orElse(""));
    Optional<Location> place = e.location();
    cells.add(place.map(Location::name).orElse(""));
    cells.add(place.map(Location::country).orElse(""));
    cells.add(place.map(p -> Double.toString(p.lat())).orElse(""));
    cells.add(place.map(p -> Double.toString(p.lon())).orElse(""));
    // 0 means GeoNames has no id recorded: empty, as JSON's null
    cells.add(
        place.filter(p -> p.geonamesId() > 0).map(p -> Long.toString(p.geonamesId())).orElse(""));
    cells.add(place.map(p -> p.type().label()).orElse(""));
    cells.add(place.map(p -> p.rule().label()).orElse(""));
    cells.add(e.evidence().text());
    cells.add(Integer.toString(e.evidence().start()));
    cells.add(Integer.toString(e.evidence().end()));
    return cells;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 0x1p53
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
