package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;

/**
 * Writes a {@link Quote} as one line of JSON. The {@code "type":"quote"} field tells quotes from
 * events when both go to one stream; the speaker's code is {@code null} when the speaker resolves
 * to no actor.
 *
 * <pre>{@code QuoteJson.line(quote)
 * // {"type":"quote","article":"seed","speaker":{"text":"Dmitry Peskov","code":"RUSGOV"},
 * //  "text":"The signals are positive","start":1200,"end":1224}}</pre>
 */
public final class QuoteJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QuoteJson() {}

  public static String line(Quote quote) {
    try {
      return MAPPER.writeValueAsString(node(quote));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise quote " + quote, e);
    }
  }

  /** The quote as a JSON tree, for callers that add fields. */
  public static ObjectNode node(Quote quote) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", "quote");
    node.put("article", quote.article());
    if (quote.speakerText().isEmpty()) {
      // no speaker found: absent, as docs/record-format.md writes absent values
      node.putNull("speaker");
    } else {
      ObjectNode speaker = node.putObject("speaker");
      speaker.put("text", quote.speakerText());
      speaker.put("code", quote.speakerCode().map(ActorCode::value).orElse(null));
    }
    node.put("text", quote.text());
    node.put("start", quote.start());
    node.put("end", quote.end());
    return node;
  }
}
