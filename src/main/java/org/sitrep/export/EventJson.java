package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Writes an {@link Event} as one line of JSON in the record format of DESIGN.md; fields the
 * producer could not know (quantity, location, claimant) are written as {@code null}.
 *
 * <pre>{@code EventJson.line(event)  // {"article":"AFP_1","sentence":0,...}}</pre>
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static String line(Event event) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("article", event.article());
    node.put("sentence", event.sentence());
    node.put("date", event.date().toString());
    node.put("date_precision", event.datePrecision());
    node.set("source", actor(event.source()));
    node.set("target", event.target().map(EventJson::actor).orElse(null));
    node.put("code", event.code());
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
    node.putNull("quantity");
    node.putNull("claimed_by");
    node.putNull("location");
    ObjectNode evidence = node.putObject("evidence");
    evidence.put("text", event.evidence().text());
    evidence.put("start", event.evidence().start());
    evidence.put("end", event.evidence().end());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise event " + event, e);
    }
  }

  private static ObjectNode actor(ActorRef actor) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", actor.code());
    node.put("text", actor.text());
    return node;
  }
}
