package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Times {@code GET /api/events} requests as a client sees them: from sending the request to having
 * read the whole body, on one HTTP/1.1 client that keeps its connection open.
 *
 * <pre>{@code new ApiProbe(8080, 50).get(Map.of("actor", "RUS"), Optional.empty()).nanos()}</pre>
 */
final class ApiProbe {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final int limit;

  /** One answer: how long it took, how many events it held, and the next page's cursor. */
  record Answer(long nanos, int items, Optional<String> next) {}

  ApiProbe(int port, int limit) {
    this.base = "http://127.0.0.1:" + port + "/api/events";
    this.limit = limit;
  }

  Answer get(Map<String, String> params, Optional<String> cursor)
      throws IOException, InterruptedException {
    StringJoiner query = new StringJoiner("&", "?", "");
    params.forEach(
        (key, value) -> query.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    query.add("limit=" + limit);
    cursor.ifPresent(c -> query.add("cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)));
    URI uri = URI.create(base + query);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long nanos = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET "
              + uri
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
    JsonNode page = JSON.readTree(response.body());
    JsonNode next = page.path("next");
    Optional<String> nextCursor = next.isTextual() ? Optional.of(next.asText()) : Optional.empty();
    return new Answer(nanos, page.path("items").size(), nextCursor);
  }
}
