package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.export.EventJson;
import org.sitrep.merge.Version;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Quantity;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredMention;

/**
 * The JSON of {@code GET /api/events/{id}}: the event as {@code /api/events} lists it ({@code
 * event}), each of its mentions (one article's report: outlet, address, publication day, its own
 * sentence, figure and claimant) and the distinct versions its reports give ({@link Version}).
 *
 * <pre>{@code EventDetailJson.of(store.event(42).orElseThrow(), store.mentions(42))}</pre>
 */
final class EventDetailJson {
  /** The fields of a mention's record that one article may tell differently from another. */
  private static final List<String> MENTION_FIELDS =
      List.of(
          "date",
          "date_precision",
          "source",
          "target",
          "code",
          "code_name",
          "quantity",
          "claimed_by",
          "location",
          "evidence");

  private EventDetailJson() {}

  static ObjectNode of(StoredEvent event, List<StoredMention> mentions) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    // apart from its mentions, so that the event's "mentions" stays the count it is in every list
    node.set("event", ApiJson.event(event));
    ArrayNode items = node.putArray("mentions");
    mentions.forEach(m -> items.add(mention(m)));
    ArrayNode versions = node.putArray("versions");
    Version.of(mentions.stream().map(StoredMention::report).toList())
        .forEach(v -> versions.add(version(v)));
    return node;
  }

  static ObjectNode mention(StoredMention mention) {
    ObjectNode record = EventJson.node(mention.event());
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("id", mention.id());
    node.put("article", mention.event().article());
    node.put("outlet", mention.outlet().orElse(null));
    node.put("url", mention.url().orElse(null));
    node.put("published", mention.published().map(Object::toString).orElse(null));
    MENTION_FIELDS.forEach(field -> node.set(field, record.get(field)));
    return node;
  }

  static ObjectNode version(Version version) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.set("source", actor(version.source()));
    node.set("target", version.target().map(EventDetailJson::actor).orElse(null));
    node.set("claimed_by", version.claimedBy().map(EventDetailJson::actor).orElse(null));
    node.set("quantity", version.quantity().map(EventDetailJson::quantity).orElse(null));
    ArrayNode outlets = node.putArray("outlets");
    version.outlets().forEach(outlets::add);
    node.put("reports", version.reports());
    return node;
  }

  /** An actor as the record format writes it (EventJson keeps its own writer to itself). */
  private static ObjectNode actor(ActorRef actor) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("code", actor.code().value());
    node.put("text", actor.text());
    node.put("name", actor.name());
    return node;
  }

  /** A quantity as the record format writes it: a whole value as an integer (145, not 145.0). */
  private static ObjectNode quantity(Quantity quantity) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    double value = quantity.value();
    if (value == Math.rint(value) && value < 0x1p53) {
      node.put("value", (long) value);
    } else {
      node.put("value", value);
    }
    node.put("unit", quantity.unit());
    node.put("text", quantity.text());
    return node;
  }
}
