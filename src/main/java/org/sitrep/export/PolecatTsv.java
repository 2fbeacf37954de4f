package org.sitrep.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.cameo.Plover;
import org.sitrep.cameo.PloverTable;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceType;

/**
 * Writes an {@link Event} as one tab-separated line in the column layout of POLECAT's event files
 * (PLOVER-coded; {@link #COLUMNS} names them, {@link #HEADER} is the header line), so analysts
 * moving to POLECAT read sitrep's events with the code they already have.
 *
 * <pre>{@code PolecatTsv.line(event, Optional.of(LocalDate.of(2025, 2, 13)), Optional.of("AP"))
 * // 4811632107530815562	2025-02-12	CONSULT	phone		3	...}</pre>
 *
 * <p>Only events PLOVER covers have a line ({@link #covers}): CAMEO's public statements and appeals
 * (roots 01 and 02) have no PLOVER type. Columns sitrep does not fill are empty; which ones and why
 * is in docs/record-format.md.
 */
public final class PolecatTsv {
  /** POLECAT's columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "Event ID",
          "Event Date",
          "Event Type",
          "Event Mode",
          "Event Intensity",
          "Quad Code",
          "Contexts",
          "Actor Name",
          "Actor Country",
          "Actor COW",
          "Primary Actor Sector",
          "Actor Sectors",
          "Actor Title",
          "Actor Name Raw",
          "Wikipedia Actor ID",
          "Recipient Name",
          "Recipient Country",
          "Recipient COW",
          "Primary Recipient Sector",
          "Recipient Sectors",
          "Recipient Title",
          "Recipient Name Raw",
          "Wikipedia Recipient ID",
          "Placename",
          "City",
          "State",
          "Country",
          "Latitude",
          "Longitude",
          "GeoNames ID",
          "Raw Placename",
          "Feature Type",
          "Source",
          "Publication Date",
          "Story People",
          "Story Organizations",
          "Story Locations",
          "Language",
          "Version");

  public static final String HEADER = String.join("\t", COLUMNS);

  private PolecatTsv() {}

  /** Whether PLOVER has a type for the event's code, so that {@link #line} can write it. */
  public static boolean covers(Event event) {
    return PloverTable.bundled().plover(event.code().value()).isPresent();
  }

  /**
   * The event as a POLECAT line, without the line break; {@code published} is the article's date
   * and {@code outlet} the news service that carried it.
   *
   * @throws IllegalArgumentException if PLOVER has no type for the event's code
   */
  public static String line(Event event, Optional<LocalDate> published, Optional<String> outlet) {
    Plover plover =
        PloverTable.bundled()
            .plover(event.code().value())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "PLOVER has no event type for CAMEO " + event.code().value()));
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(Long.toString(GdeltTsv.globalEventId(event)));
    cells.add(event.date().toString());
    cells.add(plover.eventType());
    cells.add(plover.mode().orElse(""));
    cells.add(""); // Event Intensity: PLOVER's scale is not CAMEO's Goldstein
    cells.add(event.quadClass().isPresent() ? Integer.toString(event.quadClass().getAsInt()) : "");
    cells.add(String.join(";", plover.contexts()));
    actor(cells, Optional.of(event.source()));
    actor(cells, event.target());
    place(cells, event.location());
    cells.add(outlet.orElse(""));
    cells.add(published.map(LocalDate::toString).orElse(""));
    cells.addAll(List.of("", "", "")); // Story People, Organizations, Locations
    cells.add("en");
    cells.add("sitrep");
    return String.join("\t", cells.stream().map(GdeltTsv::clean).toList());
  }

  private static void actor(List<String> cells, Optional<ActorRef> actor) {
    if (actor.isEmpty()) {
      cells.addAll(List.of("", "", "", "", "", "", "", ""));
      return;
    }
    ActorAttributes parts = ActorAttributes.of(actor.get().code().value());
    List<String> sectors = parts.sectors();
    cells.add(actor.get().text()); // Name
    cells.add(parts.country());
    cells.add(""); // COW: sitrep codes countries in ISO 3166 alpha-3 as CAMEO does
    cells.add(sectors.isEmpty() ? "" : sectors.get(0));
    cells.add(String.join(";", sectors));
    cells.add(""); // Title
    cells.add(actor.get().text()); // Name Raw: the words of the article
    cells.add(""); // Wikipedia ID: sitrep resolves names to CAMEO codes, not to Wikipedia
  }

  private static void place(List<String> cells, Optional<Location> place) {
    if (place.isEmpty()) {
      cells.addAll(List.of("", "", "", "", "", "", "", "", ""));
      return;
    }
    Location at = place.get();
    cells.add(at.name());
    cells.add(at.type() == PlaceType.CITY ? at.name() : "");
    cells.add(at.type() == PlaceType.DIVISION ? at.name() : "");
    cells.add(at.country());
    cells.add(GdeltTsv.number(at.lat()));
    cells.add(GdeltTsv.number(at.lon()));
    cells.add(at.geonamesId() > 0 ? Long.toString(at.geonamesId()) : "");
    cells.add(at.name()); // Raw Placename
    cells.add(at.type().label());
  }
}
