package org.sitrep.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.ArticleFilter;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.QuoteFilter;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sitrep's HTTP face: the JSON API under {@code /api} (documented in {@code /api/openapi.json}) and
 * the dashboard at {@code /}, on one port.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(store, coders, new ApiServer.Options("127.0.0.1", 8080, token))) {
 *   // GET http://127.0.0.1:8080/api/events?actor=RUS&root=19
 * }
 * }</pre>
 *
 * <p>Reading is open; posting an article needs the token given at start ({@code Authorization:
 * Bearer TOKEN}), and without one posting is off. Request bodies and pages are bounded.
 */
public final class ApiServer implements AutoCloseable {
  /** The routes the server answers; the OpenAPI document must describe exactly these. */
  public static final List<String> ROUTES =
      List.of(
          "GET /api/events",
          "GET /api/events/export",
          "GET /api/quotes",
          "GET /api/actors",
          "GET /api/articles",
          "GET /api/articles/{id}",
          "POST /api/articles",
          "GET /api/stats/daily",
          "GET /api/stats/dyads",
          "GET /api/stats/places",
          "GET /api/openapi.json");

  /** Largest request body: a 1 MB article as JSON, with room for escapes. */
  public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final Set<String> PAGING = Set.of("limit", "cursor");
  private static final int MAX_TEXT = 500;
  private static final String JSON = "application/json";

  private final Javalin app;

  /** Where to listen, and the token that allows posting articles (none: posting is off). */
  public record Options(String host, int port, Optional<String> token) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(token, "token");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
    }
  }

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; port 0 picks a free one ({@link #port()} tells which). */
  public static ApiServer start(Store store, Supplier<ArticleCoder> coders, Options options) {
    ArticleIntake intake = new ArticleIntake(store, coders);
    byte[] openApi = OpenApi.document();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.prefer405over404 = true;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              dashboard(config);
              config.routes.before(ApiServer::securityHeaders);
              routes(config.routes, store, intake, openApi, options.token());
              errors(config.routes);
            });
    app.start();
    return new ApiServer(app);
  }

  /** The dashboard at {@code /}, or a note on how to build it into the jar. */
  private static void dashboard(JavalinConfig config) {
    if (ApiServer.class.getResource("/org/sitrep/web/index.html") != null) {
      config.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = "/org/sitrep/web";
            files.location = Location.CLASSPATH;
          });
    } else {
      config.routes.get(
          "/",
          ctx ->
              ctx.contentType("text/plain")
                  .result(
                      "The dashboard was not built into this jar: build with `mvn package` (it runs npm ci in web/)."));
    }
  }

  /** The API's routes, those of {@link #ROUTES}, in that order. */
  private static void routes(
      RoutesConfig routes,
      Store store,
      ArticleIntake intake,
      byte[] openApi,
      Optional<String> token) {
    routes.get(
        "/api/events",
        ctx ->
            ctx.contentType(JSON)
                .result(ApiJson.page(store.events(eventFilter(ctx), page(ctx)), ApiJson::event)));
    routes.get("/api/events/export", ctx -> EventExport.send(ctx, store, params(ctx, Set.of())));
    routes.get(
        "/api/quotes",
        ctx ->
            ctx.contentType(JSON)
                .result(
                    ApiJson.page(
                        store.quotes(QuoteFilter.of(params(ctx, PAGING)), page(ctx)),
                        ApiJson::quote)));
    routes.get("/api/actors", ctx -> actors(ctx, store));
    routes.get(
        "/api/articles",
        ctx ->
            ctx.contentType(JSON)
                .result(
                    ApiJson.page(
                        store.articles(ArticleFilter.of(params(ctx, PAGING)), page(ctx)),
                        ApiJson::articleSummary)));
    routes.get("/api/articles/{id}", ctx -> article(ctx, store));
    routes.post("/api/articles", ctx -> postArticle(ctx, intake, token));
    routes.get(
        "/api/stats/daily",
        ctx ->
            ctx.contentType(JSON)
                .result(ApiJson.list(store.daily(eventFilter(ctx, Set.of())), ApiJson::daily)));
    routes.get(
        "/api/stats/dyads",
        ctx ->
            ctx.contentType(JSON)
                .result(
                    ApiJson.list(
                        store.dyads(eventFilter(ctx, Set.of("limit")), limit(ctx, 100)),
                        ApiJson::dyad)));
    routes.get(
        "/api/stats/places",
        ctx ->
            ctx.contentType(JSON)
                .result(ApiJson.list(store.places(eventFilter(ctx, Set.of())), ApiJson::place)));
    routes.get(
        "/api/openapi.json",
        ctx -> {
          noParameters(ctx);
          ctx.contentType(JSON).result(openApi);
        });
  }

  private static void actors(Context ctx, Store store) {
    Map<String, String> params = params(ctx, Set.of("limit"));
    params.keySet().stream()
        .filter(key -> !key.equals("q"))
        .findFirst()
        .ifPresent(
            key -> {
              throw new IllegalArgumentException("unknown parameter '" + key + "': use q or limit");
            });
    Optional<String> text = Optional.ofNullable(params.get("q")).filter(q -> !q.isBlank());
    if (text.map(String::length).orElse(0) > MAX_TEXT) {
      throw new IllegalArgumentException("q is longer than " + MAX_TEXT + " characters");
    }
    ctx.contentType(JSON)
        .result(
            ApiJson.page(
                new Page<>(
                    store.actors(text, limit(ctx, PageRequest.DEFAULT_LIMIT)), Optional.empty()),
                ApiJson::actor));
  }

  private static void article(Context ctx, Store store) {
    noParameters(ctx);
    String id = ctx.pathParam("id");
    store
        .article(id)
        .ifPresentOrElse(
            article -> ctx.contentType(JSON).result(ApiJson.write(ApiJson.article(article))),
            () ->
                ctx.status(404)
                    .contentType(JSON)
                    .result(ApiJson.error("no article with id " + id)));
  }

  private static void postArticle(Context ctx, ArticleIntake intake, Optional<String> token) {
    if (!authorized(ctx, token)) {
      ctx.status(401)
          .header("WWW-Authenticate", "Bearer")
          .contentType(JSON)
          .result(
              ApiJson.error(
                  token.isPresent()
                      ? "posting articles needs the header Authorization: Bearer <token>"
                      : "posting articles is off: start sitrep serve with --token"));
      return;
    }
    Map<String, String> params = params(ctx, Set.of());
    params.keySet().stream()
        .filter(key -> !key.equals("date"))
        .findFirst()
        .ifPresent(
            key -> {
              throw new IllegalArgumentException(
                  "unknown parameter '" + key + "': use date=YYYY-MM-DD");
            });
    ArticleIntake.Outcome outcome =
        intake.ingest(ctx.bodyAsBytes(), Optional.ofNullable(params.get("date")));
    ctx.status(outcome.status()).contentType(JSON).result(outcome.json());
  }

  /**
   * Every refusal and failure answers in JSON, Javalin's own too (no such route, wrong method, body
   * too large).
   */
  private static void errors(RoutesConfig routes) {
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            ctx.status(e.getStatus()).contentType(JSON).result(ApiJson.error(describe(e, ctx))));
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> ctx.status(400).contentType(JSON).result(ApiJson.error(e.getMessage())));
    routes.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("store error on {}: {}", ctx.path(), e.getMessage());
          ctx.status(503)
              .contentType(JSON)
              .result(ApiJson.error("the store failed: " + e.getMessage()));
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("error on {}", ctx.path(), e);
          ctx.status(500)
              .contentType(JSON)
              .result(ApiJson.error("internal error: see the server's log"));
        });
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void securityHeaders(Context ctx) {
    // Article text is shown as text by the page; the policy makes any slip inert as well.
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static @Nullable String describe(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 ->
          "no such resource: "
              + ctx.method()
              + " "
              + ctx.path()
              + " (the API is described at /api/openapi.json)";
      case 405 -> ctx.method() + " is not allowed on " + ctx.path() + " (see /api/openapi.json)";
      case 413 -> "request body too large: at most " + MAX_BODY_BYTES + " bytes";
      default -> e.getMessage();
    };
  }

  private static void noParameters(Context ctx) {
    if (!ctx.queryParamMap().isEmpty()) {
      throw new IllegalArgumentException(
          "this resource takes no parameters: " + ctx.queryParamMap().keySet());
    }
  }

  private static EventFilter eventFilter(Context ctx) {
    return eventFilter(ctx, PAGING);
  }

  private static EventFilter eventFilter(Context ctx, Set<String> allowed) {
    return EventFilter.of(params(ctx, allowed));
  }

  /**
   * Query parameters other than {@code ignored} (those the route reads itself, such as paging),
   * each given at most once; the filter they go to refuses names it does not know.
   */
  private static Map<String, String> params(Context ctx, Set<String> ignored) {
    Map<String, String> params = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (key, values) -> {
              if (values.size() > 1) {
                throw new IllegalArgumentException(
                    "give '" + key + "' once, not " + values.size() + " times");
              }
              if (!ignored.contains(key)) {
                params.put(key, values.isEmpty() ? "" : values.get(0));
              }
            });
    return params;
  }

  private static PageRequest page(Context ctx) {
    return new PageRequest(
        limit(ctx, PageRequest.DEFAULT_LIMIT), Optional.ofNullable(ctx.queryParam("cursor")));
  }

  private static int limit(Context ctx, int defaultLimit) {
    String limit = ctx.queryParam("limit");
    if (limit == null || limit.isBlank()) {
      return defaultLimit;
    }
    try {
      int value = Integer.parseInt(limit.strip());
      if (value < 1 || value > PageRequest.MAX_LIMIT) {
        throw new IllegalArgumentException(
            "limit must be 1 to " + PageRequest.MAX_LIMIT + ": " + limit);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit must be a number: " + limit, e);
    }
  }

  private static boolean authorized(Context ctx, Optional<String> token) {
    if (token.isEmpty()) {
      return false;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    // constant time: the comparison must not tell how much of a guess was right
    return MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8));
  }
}
