package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Optional;

/**
 * One article in sitrep's JSON form, {@code {"id","published","outlet","title","text","url"}}, of
 * which only {@code text} is required. Fields sitrep does not know (an author, tags) are ignored:
 * exports from other tools carry them and they do no harm.
 */
final class JsonArticles {
  // A key given twice is an error, not last-wins: which "text" was meant cannot be known.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonArticles() {}

  /**
   * The draft in {@code json}. {@code oneLine} says the JSON is one line of a JSON-lines file, so
   * an error names only the column.
   */
  static Draft draft(String json, String record, boolean oneLine) throws BadInput {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInput(record, malformed(e, oneLine));
    }
    if (node == null || !node.isObject()) {
      String found =
          node == null || node.isMissingNode()
              ? "nothing"
              : node.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new BadInput(
          record, "expected one JSON object like {\"text\": \"...\"}, found " + found);
    }
    JsonNode text = node.path("text");
    if (text.isMissingNode() || text.isNull()) {
      throw new BadInput(record, "no \"text\" field; every article needs its text");
    }
    if (!text.isTextual()) {
      throw new BadInput(record, "field \"text\" must be a string");
    }
    return new Draft(
        string(node, "id", record),
        string(node, "published", record),
        string(node, "outlet", record),
        string(node, "title", record),
        Optional.of(text.textValue()),
        string(node, "url", record));
  }

  private static Optional<String> string(JsonNode node, String field, String record)
      throws BadInput {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    // Numeric ids are common in exports; any other non-string is a mistake worth reporting.
    if (value.isTextual() || (value.isNumber() && field.equals("id"))) {
      return Draft.field(value.asText());
    }
    throw new BadInput(record, "field \"" + field + "\" must be a string");
  }

  private static String malformed(JsonProcessingException e, boolean oneLine) {
    JsonLocation at = e.getLocation();
    String where =
        at == null
            ? ""
            : oneLine
                ? " at column " + at.getColumnNr()
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    // Jackson repeats a start-marker location naming a redacted source; the place is given above.
    String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*\\)", "");
    String hint = message.contains("end-of-input") ? "; is it complete?" : "";
    return "malformed JSON" + where + ": " + message + hint;
  }
}
