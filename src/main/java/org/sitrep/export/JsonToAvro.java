package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JSON tree into an Avro value of a schema, field by field: the JSON lines are the record
 * format's one definition (EventJson, QuoteJson), so the Parquet columns cannot drift from them. A
 * field the JSON lacks is null; null where the schema does not allow it is an error naming it.
 */
final class JsonToAvro {
  private JsonToAvro() {}

  static GenericData.Record record(Schema schema, JsonNode json) {
    GenericData.Record record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), value(field.schema(), json.get(field.name()), field.name()));
    }
    return record;
  }

  private static @Nullable Object value(Schema schema, @Nullable JsonNode json, String where) {
    if (json == null || json.isNull()) {
      if (schema.getType() == Schema.Type.UNION) {
        return null;
      }
      throw new IllegalArgumentException("field " + where + " is null; the schema requires it");
    }
    return present(schema, json, where);
  }

  private static Object present(Schema schema, JsonNode json, String where) {
    return switch (schema.getType()) {
      case UNION -> present(schema.getTypes().get(1), json, where); // ["null", T]: the T
      case RECORD -> record(schema, json);
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonNode item : json) {
          items.add(present(schema.getElementType(), item, where + "[]"));
        }
        yield new GenericData.Array<>(schema, items);
      }
      case STRING -> json.asText();
      case INT ->
          schema.getLogicalType() instanceof LogicalTypes.Date
              ? (int) LocalDate.parse(json.asText()).toEpochDay()
              : json.asInt();
      case LONG -> json.asLong();
      case DOUBLE -> json.asDouble();
      case BOOLEAN -> json.asBoolean();
      default ->
          throw new IllegalStateException("schema type not written by sitrep: " + schema.getType());
    };
  }
}
