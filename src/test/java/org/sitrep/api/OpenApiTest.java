package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.store.Store;

/**
 * The OpenAPI document against the server it describes, on an empty store: the same routes, every
 * documented parameter answered with its own example, and every value the document rules out
 * refused with a JSON error. The probes are derived from the document, so a parameter added to it
 * is tested without touching this class.
 */
class OpenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonNode DOCUMENT = readDocument();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Values tried against every pattern: those it allows must be answered, the others refused. */
  private static final List<String> PATTERN_PROBES =
      List.of(
          "RUS",
          "rus",
          "RUSMIL",
          "IGOEUREEC",
          "19",
          "195",
          "0421",
          "04211",
          "7",
          "UK",
          "UKR",
          "ukr",
          "UKRA",
          "A".repeat(30),
          "A".repeat(31),
          "RUS-MIL",
          "RUS MIL",
          "1a",
          "x!",
          "19.5");

  @TempDir static Path tempDir;
  private static ApiServer server;
  private static Store store;

  @BeforeAll
  static void start() {
    store = Store.open(tempDir.resolve("t.db").toString());
    server =
        ApiServer.start(
            store,
            // posting is on, so the models start loading; none are needed here
            () -> {
              throw new IllegalStateException("no language models in this test");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.of("t0ken")));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void documentsExactlyTheRoutesTheServerAnswers() {
    Set<String> documented = new TreeSet<>();
    DOCUMENT
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method)) {
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));

    assertThat(ApiServer.ROUTES).doesNotHaveDuplicates();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
  }

  @Test
  void givesEveryParameterAnExampleThatItsOwnSchemaAllows() {
    for (Operation operation : operations()) {
      for (JsonNode parameter : operation.parameters()) {
        String name = operation.route() + " " + parameter.get("name").asText();
        assertThat(parameter.has("example")).as(name + " has an example").isTrue();
        assertThat(parameter.path("description").asText())
            .as(name + " has a description")
            .isNotBlank();
        assertThat(violations(parameter.get("schema"), parameter.get("example").asText()))
            .as(name + " example " + parameter.get("example"))
            .isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void answersEveryDocumentedParameterGivenItsExample(Probe probe) throws Exception {
    HttpResponse<String> response = get(probe.uri());

    // the store is empty: a documented id is an example, not a stored article or event
    Set<Integer> allowed = probe.route().endsWith("/{id}") ? Set.of(200, 404) : Set.of(200);
    assertThat(response.statusCode()).as(probe + " -> " + response.body()).isIn(allowed);
    assertHasDocumentedShape(probe.operation(), response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowedValues")
  void answersValuesAtTheEdgesOfWhatTheDocumentAllows(Probe probe) throws Exception {
    HttpResponse<String> response = get(probe.uri());

    assertThat(response.statusCode()).as(probe + " -> " + response.body()).isEqualTo(200);
    assertHasDocumentedShape(probe.operation(), response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void refusesEveryValueTheDocumentRulesOutWithAJsonErrorNamingTheParameter(Probe probe)
      throws Exception {
    HttpResponse<String> response = get(probe.uri());

    assertThat(response.statusCode()).as(probe + " -> " + response.body()).isEqualTo(400);
    assertThat(probe.operation().node().get("responses").has("400"))
        .as(probe + " documents 400")
        .isTrue();
    JsonNode error = errorBody(response);
    assertThat(error.get("error").asText())
        .as(probe.toString())
        .contains(probe.params().keySet().iterator().next());
  }

  @Test
  void refusesACursorItDidNotIssueWhereverACursorIsDocumented() throws Exception {
    List<Operation> paged =
        operations().stream()
            .filter(
                o -> o.parameters().stream().anyMatch(p -> p.get("name").asText().equals("cursor")))
            .toList();

    assertThat(paged)
        .extracting(Operation::route)
        .containsExactlyInAnyOrder("GET /api/events", "GET /api/quotes", "GET /api/articles");
    for (Operation operation : paged) {
      HttpResponse<String> response = get(operation.path() + "?cursor=forged");
      assertThat(response.statusCode())
          .as(operation.route() + " -> " + response.body())
          .isEqualTo(400);
      assertThat(errorBody(response).get("error").asText()).contains("cursor");
    }
  }

  @Test
  void refusesPostsAsTheDocumentSays() throws Exception {
    JsonNode responses = DOCUMENT.at("/paths/~1api~1articles/post/responses");
    assertThat(DOCUMENT.at("/paths/~1api~1articles/post/security/0").has("bearerToken")).isTrue();
    assertThat(DOCUMENT.at("/components/securitySchemes/bearerToken/scheme").asText())
        .isEqualTo("bearer");
    assertThat(responses.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("201", "200", "400", "401", "413", "429", "503");
    String article =
        "{\"id\":\"a1\",\"published\":\"2024-11-11\",\"text\":\"Poland praised Ukraine.\"}";

    HttpResponse<String> anonymous = post(article, Optional.empty());
    HttpResponse<String> wrongToken = post(article, Optional.of("Bearer t0ken-not"));
    HttpResponse<String> noText =
        post("{\"id\":\"a1\",\"published\":\"2024-11-11\"}", Optional.of("Bearer t0ken"));
    // a body over the limit is refused before it is read; sending one whole races the server's
    // close (the client may see a reset), so the request declares it and sends two bytes
    RawHttp.Answer tooLarge =
        RawHttp.send(
            server.port(),
            "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + (ApiServer.MAX_BODY_BYTES + 1)
                + "\r\n\r\n{}");

    for (HttpResponse<String> refused : List.of(anonymous, wrongToken)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      errorBody(refused);
    }
    assertThat(noText.statusCode()).as(noText.body()).isEqualTo(400);
    assertThat(errorBody(noText).get("error").asText()).contains("text");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.header("Content-Type").orElse("")).startsWith("application/json");
    assertThat(JSON.readTree(tooLarge.body()).fieldNames()).toIterable().containsExactly("error");
  }

  @Test
  void servesThisDocumentAtApiOpenapiJson() throws Exception {
    HttpResponse<String> response = get("/api/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(JSON.readTree(response.body())).isEqualTo(DOCUMENT);
    assertThat(DOCUMENT.get("openapi").asText()).isEqualTo("3.0.3");
  }

  // ---- probes derived from the document

  /** One request: a route, its path with path parameters filled in, and query parameters. */
  record Probe(Operation operation, String path, Map<String, String> params) {
    String route() {
      return operation.route();
    }

    String uri() {
      if (params.isEmpty()) {
        return path;
      }
      return path
          + "?"
          + params.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
      String query =
          params.entrySet().stream()
              .map(
                  e ->
                      e.getKey()
                          + "="
                          + (e.getValue().length() > 32
                              ? e.getValue().substring(0, 8)
                                  + "... ("
                                  + e.getValue().length()
                                  + " chars)"
                              : e.getValue()))
              .collect(Collectors.joining("&"));
      return route() + (query.isEmpty() ? "" : " ?" + query);
    }
  }

  /**
   * Each GET route bare, with each query parameter's example alone, and with all of them together.
   */
  static Stream<Probe> examples() {
    List<Probe> probes = new ArrayList<>();
    for (Operation operation : gets()) {
      probes.add(new Probe(operation, operation.path(), Map.of()));
      Map<String, String> all = new LinkedHashMap<>();
      for (JsonNode parameter : operation.queryParameters()) {
        String name = parameter.get("name").asText();
        String example = parameter.path("example").asText();
        probes.add(new Probe(operation, operation.path(), Map.of(name, example)));
        all.put(name, example);
      }
      if (all.size() > 1) {
        probes.add(new Probe(operation, operation.path(), all));
      }
    }
    return probes.stream();
  }

  /**
   * Values each query parameter's schema allows at its edges: bounds, lengths, enum members,
   * pattern probes.
   */
  static Stream<Probe> allowedValues() {
    return perParameter(OpenApiTest::edgeValues);
  }

  /**
   * Values each query parameter's schema rules out: beyond bounds and lengths, off its pattern,
   * format or enum.
   */
  static Stream<Probe> invalidValues() {
    return perParameter(OpenApiTest::offValues);
  }

  private static Stream<Probe> perParameter(
      java.util.function.Function<JsonNode, List<String>> values) {
    List<Probe> probes = new ArrayList<>();
    for (Operation operation : gets()) {
      for (JsonNode parameter : operation.queryParameters()) {
        for (String value : values.apply(parameter.get("schema"))) {
          probes.add(
              new Probe(
                  operation, operation.path(), Map.of(parameter.get("name").asText(), value)));
        }
      }
    }
    return probes.stream();
  }

  private static List<String> edgeValues(JsonNode schema) {
    List<String> values = new ArrayList<>();
    if (schema.has("pattern")) {
      Pattern pattern = Pattern.compile(schema.get("pattern").asText());
      PATTERN_PROBES.stream().filter(v -> pattern.matcher(v).find()).forEach(values::add);
    }
    if (schema.path("format").asText().equals("date")) {
      values.addAll(List.of("2024-02-29", "1999-12-31"));
    }
    schema.path("enum").forEach(member -> values.add(member.asText()));
    if (schema.has("minimum")) {
      values.add(schema.get("minimum").asText());
    }
    if (schema.has("maximum")) {
      values.add(schema.get("maximum").asText());
    }
    if (schema.has("maxLength")) {
      values.add("x".repeat(schema.get("maxLength").asInt()));
    }
    return values;
  }

  private static List<String> offValues(JsonNode schema) {
    List<String> values = new ArrayList<>();
    if (schema.has("pattern")) {
      Pattern pattern = Pattern.compile(schema.get("pattern").asText());
      PATTERN_PROBES.stream().filter(v -> !pattern.matcher(v).find()).forEach(values::add);
    }
    if (schema.path("format").asText().equals("date")) {
      values.addAll(List.of("2024-02-30", "2024-13-01", "2024-11", "11/10/2024", "last-week"));
    }
    if (schema.path("type").asText().equals("integer")) {
      values.addAll(List.of("ten", "1.5"));
    }
    if (schema.has("enum")) {
      List<Long> members =
          StreamSupport.stream(schema.get("enum").spliterator(), false)
              .map(JsonNode::asLong)
              .toList();
      values.add(
          Long.toString(members.stream().mapToLong(Long::longValue).max().orElseThrow() + 1));
      values.add(
          Long.toString(members.stream().mapToLong(Long::longValue).min().orElseThrow() - 1));
    }
    if (schema.has("minimum")) {
      values.add(Long.toString(schema.get("minimum").asLong() - 1));
    }
    if (schema.has("maximum")) {
      values.add(Long.toString(schema.get("maximum").asLong() + 1));
    }
    if (schema.has("maxLength")) {
      values.add("x".repeat(schema.get("maxLength").asInt() + 1));
    }
    return values.stream().distinct().toList();
  }

  /** What in {@code value} the schema rules out, as messages; empty when it allows the value. */
  private static List<String> violations(JsonNode schema, String value) {
    List<String> problems = new ArrayList<>();
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value).find()) {
      problems.add("off pattern " + schema.get("pattern").asText());
    }
    if (schema.has("enum")
        && StreamSupport.stream(schema.get("enum").spliterator(), false)
            .noneMatch(m -> m.asText().equals(value))) {
      problems.add("not in enum " + schema.get("enum"));
    }
    if (schema.has("maxLength") && value.length() > schema.get("maxLength").asInt()) {
      problems.add("longer than " + schema.get("maxLength"));
    }
    if (schema.has("minimum") && Long.parseLong(value) < schema.get("minimum").asLong()) {
      problems.add("below " + schema.get("minimum"));
    }
    if (schema.has("maximum") && Long.parseLong(value) > schema.get("maximum").asLong()) {
      problems.add("above " + schema.get("maximum"));
    }
    if (schema.path("format").asText().equals("date") && !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      problems.add("not a date");
    }
    return problems;
  }

  // ---- the document

  /** One documented operation and its parameters, {@code $ref}s resolved. */
  record Operation(String method, String template, JsonNode node) {
    String route() {
      return method.toUpperCase(Locale.ROOT) + " " + template;
    }

    List<JsonNode> parameters() {
      List<JsonNode> parameters = new ArrayList<>();
      node.path("parameters").forEach(p -> parameters.add(resolve(p)));
      return parameters;
    }

    List<JsonNode> queryParameters() {
      return parameters().stream().filter(p -> p.get("in").asText().equals("query")).toList();
    }

    /** The path with each path parameter replaced by its example. */
    String path() {
      String path = template;
      for (JsonNode p : parameters()) {
        if (p.get("in").asText().equals("path")) {
          path =
              path.replace(
                  "{" + p.get("name").asText() + "}",
                  URLEncoder.encode(p.get("example").asText(), StandardCharsets.UTF_8));
        }
      }
      return path;
    }
  }

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    DOCUMENT
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.add(
                                new Operation(method.getKey(), path.getKey(), method.getValue()));
                          }
                        }));
    return operations;
  }

  private static List<Operation> gets() {
    return operations().stream().filter(o -> o.method().equals("get")).toList();
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      String ref = resolved.get("$ref").asText();
      assertThat(ref).startsWith("#/");
      resolved = DOCUMENT.at(ref.substring(1));
      assertThat(resolved.isMissingNode()).as("$ref " + ref + " resolves").isFalse();
    }
    return resolved;
  }

  /** The response is JSON whose top-level fields are those the document gives for its status. */
  private static void assertHasDocumentedShape(Operation operation, HttpResponse<String> response)
      throws IOException {
    JsonNode documented =
        operation.node().get("responses").get(Integer.toString(response.statusCode()));
    assertThat(documented)
        .as(operation.route() + " documents " + response.statusCode())
        .isNotNull();
    JsonNode content = resolve(documented).get("content");
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!content.has("application/json")) {
      // a download (the event export): one of the documented media types, not JSON
      assertThat(content.fieldNames())
          .toIterable()
          .as(operation.route() + " answered " + type)
          .anySatisfy(documentedType -> assertThat(type).startsWith(documentedType));
      return;
    }
    assertThat(type).startsWith("application/json");
    JsonNode schema = resolve(resolve(documented).at("/content/application~1json/schema"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.isObject()).as(response.body()).isTrue();
    if (schema.has("properties")) {
      assertThat(body.fieldNames())
          .toIterable()
          .as(operation.route() + " -> " + response.body())
          .containsExactlyInAnyOrderElementsOf(() -> schema.get("properties").fieldNames());
    }
  }

  /** The body of a refusal: JSON with one non-blank {@code error}, as the Error schema says. */
  private static JsonNode errorBody(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.fieldNames()).toIterable().as(response.body()).containsExactly("error");
    assertThat(body.get("error").asText()).isNotBlank();
    return body;
  }

  private static JsonNode readDocument() {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/org/sitrep/api/openapi.json")) {
      assertThat(in).as("openapi.json on the class path").isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body, Optional<String> authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    authorization.ifPresent(value -> request.header("Authorization", value));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
