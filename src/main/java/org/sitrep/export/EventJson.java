package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.cameo.CameoNames;
import org.sitrep.cameo.Plover;
import org.sitrep.cameo.PloverTable;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;

/**
 * Writes an {@link Event} as one line of JSON in the record format of docs/record-format.md; fields
 * the producer could not know (quantity, location, claimant) are written as {@code null}. A
 * quantity's value is written as an integer when it is whole ({@code 145}, not {@code 145.0}).
 *
 * <pre>{@code EventJson.line(event)  // {"article":"AFP_1","sentence":0,...}}</pre>
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** A line for an event of no article (a PETRARCH record): no id, outlet or address. */
  public static String line(Event event) {
    return line(event, OptionalLong.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * One JSON line: {@code "type":"event"} (quote lines say {@code "quote"}), the store's {@code id}
   * where the event is stored, the article's {@code outlet} and {@code url}, then the record.
   */
  public static String line(
      Event event, OptionalLong id, Optional<String> outlet, Optional<String> url) {
    return write(head(event, id, outlet, url));
  }

  /**
   * A stored event's line: as {@link #line(Event, OptionalLong, Optional, Optional)}, then how
   * widely it was reported ({@link #putCoverage}).
   */
  public static String line(
      Event event, long id, Optional<String> outlet, Optional<String> url, EventCoverage coverage) {
    ObjectNode line = head(event, OptionalLong.of(id), outlet, url);
    putCoverage(line, coverage);
    return write(line);
  }

  /**
   * Adds a stored event's coverage: {@code mentions}, {@code articles}, {@code sources}, {@code
   * first_seen} and {@code last_seen} (YYYY-MM-DD or null), {@code contested} (an array of labels,
   * empty when the reports agree).
   */
  public static ObjectNode putCoverage(ObjectNode node, EventCoverage coverage) {
    node.put("mentions", coverage.mentions());
    node.put("articles", coverage.articles());
    node.put("sources", coverage.sources());
    node.put("first_seen", coverage.firstSeen().map(Object::toString).orElse(null));
    node.put("last_seen", coverage.lastSeen().map(Object::toString).orElse(null));
    ArrayNode contested = node.putArray("contested");
    coverage.contested().forEach(contested::add);
    return node;
  }

  private static ObjectNode head(
      Event event, OptionalLong id, Optional<String> outlet, Optional<String> url) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("type", "event");
    if (id.isPresent()) {
      line.put("id", id.getAsLong());
    }
    line.put("outlet", outlet.orElse(null));
    line.put("url", url.orElse(null));
    line.setAll(node(event));
    return line;
  }

  private static String write(ObjectNode line) {
    try {
      return MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise event " + line, e);
    }
  }

  /** The record as a JSON tree, for callers that add fields (the API adds the store's id). */
  public static ObjectNode node(Event event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("article", event.article());
    node.put("sentence", event.sentence());
    node.put("date", event.date().toString());
    node.put("date_precision", event.datePrecision().label());
    node.set("source", actor(event.source()));
    node.set("target", event.target().map(EventJson::actor).orElse(null));
    node.put("code", event.code().value());
    node.put("code_name", CameoNames.bundled().name(event.code().value()).orElse(null));
    node.put("root", event.root());
    if (event.quadClass().isPresent()) {
      node.put("quad_class", event.quadClass().getAsInt());
    } else {
      node.putNull("quad_class");
    }
    if (event.goldstein().isPresent()) {
      node.put("goldstein", event.goldstein().getAsDouble());
    } else {
      node.putNull("goldstein");
    }
    node.set(
        "plover",
        PloverTable.bundled().plover(event.code().value()).map(EventJson::plover).orElse(null));
    node.set("quantity", event.quantity().map(EventJson::quantity).orElse(null));
    node.set("claimed_by", event.claimedBy().map(EventJson::actor).orElse(null));
    node.set("location", event.location().map(EventJson::location).orElse(null));
    ObjectNode evidence = node.putObject("evidence");
    evidence.put("text", event.evidence().text());
    evidence.put("start", event.evidence().start());
    evidence.put("end", event.evidence().end());
    return node;
  }

  private static ObjectNode plover(Plover plover) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("event_type", plover.eventType());
    node.put("mode", plover.mode().orElse(null));
    ArrayNode contexts = node.putArray("context");
    plover.contexts().forEach(contexts::add);
    return node;
  }

  private static ObjectNode quantity(Quantity quantity) {
    ObjectNode node = MAPPER.createObjectNode();
    double value = quantity.value();
    // 2^53: beyond it not every whole double is a long, and 145.0 reads worse than 145.
    if (value == Math.rint(value) && value < 0x1p53) {
      node.put("value", (long) value);
    } else {
      node.put("value", value);
    }
    node.put("unit", quantity.unit());
    node.put("text", quantity.text());
    return node;
  }

  private static ObjectNode location(Location location) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", location.name());
    // seas and continents lie in no country; some regions have no GeoNames id recorded
    node.put("country", location.country().isEmpty() ? null : location.country());
    node.put("lat", location.lat());
    node.put("lon", location.lon());
    node.put("geonames_id", location.geonamesId() > 0 ? location.geonamesId() : null);
    node.put("type", location.type().label());
    node.put("rule", location.rule().label());
    return node;
  }

  static ObjectNode actor(ActorRef actor) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", actor.code().value());
    node.put("text", actor.text());
    node.put("name", actor.name());
    return node;
  }
}
