package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Problem;

/**
 * Writes a {@link Problem} as one line of JSON, beside events and quotes in batch outputs.
 *
 * <pre>{@code ProblemJson.line(problem)
 * // {"type":"problem","file":"news.jsonl","record":"line 7","reason":"no article text"}}</pre>
 */
public final class ProblemJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProblemJson() {}

  public static String line(Problem problem) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", "problem");
    node.put("file", problem.file());
    node.put("record", problem.record());
    node.put("reason", problem.reason());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise problem " + problem, e);
    }
  }
}
