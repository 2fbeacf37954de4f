package org.sitrep.api;

import static org.sitrep.api.ApiParams.PAGING;
import static org.sitrep.api.ApiParams.eventFilter;
import static org.sitrep.api.ApiParams.limit;
import static org.sitrep.api.ApiParams.noParameters;
import static org.sitrep.api.ApiParams.page;
import static org.sitrep.api.ApiParams.params;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.jspecify.annotations.Nullable;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.ArticleFilter;
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
          "GET /api/events/{id}",
          "GET /api/quotes",
          "GET /api/actors",
          "GET /api/articles",
          "GET /api/articles/{id}",
          "POST /api/articles",
          "GET /api/stats/daily",
          "GET /api/stats/dyads",
          "GET /api/stats/places",
          "GET /api/feeds",
          "GET /api/health",
          "GET /api/openapi.json");

  /** Largest request body: a 1 MB article as JSON, with room for escapes. */
  public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
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
    BackgroundCoder coder =
        options.token().isPresent() ? BackgroundCoder.of(coders) : BackgroundCoder.off();
    Service service =
        new Service(
            store,
            new ArticlePosting(new ArticleIntake(store, coder), options.token()),
            coder,
            OpenApi.document());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.prefer405over404 = true;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              jetty(config);
              dashboard(config);
              config.routes.before(ApiServer::checkRequest);
              routes(config.routes, service);
              errors(config.routes);
            });
    app.start();
    // with posting on, the models load now rather than on the first post (see BackgroundCoder)
    coder.start();
    return new ApiServer(app);
  }

  /** What the routes answer from. */
  private record Service(
      Store store, ArticlePosting posting, BackgroundCoder coder, byte[] openApi) {}

  /**
   * Jetty's own refusals in the API's JSON shape ({@link JsonErrorHandler}), and a declared body
   * over the limit refused before it is read: Javalin's limit counts the bytes as they come, so a
   * Content-Length that promises more than is sent would hold the request until Jetty's idle
   * timeout (30 s, then 408) instead.
   */
  private static void jetty(JavalinConfig config) {
    JsonErrorHandler errors = new JsonErrorHandler(MAX_BODY_BYTES);
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(errors);
          // Javalin puts its servlet context inside the innermost wrapper it finds here
          server.setHandler(new SizeLimitHandler(MAX_BODY_BYTES, -1));
        });
    // and errors raised inside the servlet context, should any be
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
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
  private static void routes(RoutesConfig routes, Service service) {
    Store store = service.store();
    routes.get(
        "/api/events",
        ctx ->
            json(
                ctx,
                ApiJson.page(store.events(eventFilter(ctx, PAGING), page(ctx)), ApiJson::event)));
    // before {id}: a route added first answers first, so "export" is never read as an id
    routes.get("/api/events/export", ctx -> EventExport.send(ctx, store, params(ctx, Set.of())));
    routes.get("/api/events/{id}", ctx -> event(ctx, store));
    routes.get(
        "/api/quotes",
        ctx ->
            json(
                ctx,
                ApiJson.page(
                    store.quotes(QuoteFilter.of(params(ctx, PAGING)), page(ctx)), ApiJson::quote)));
    routes.get("/api/actors", ctx -> actors(ctx, store));
    routes.get(
        "/api/articles",
        ctx ->
            json(
                ctx,
                ApiJson.page(
                    store.articles(ArticleFilter.of(params(ctx, PAGING)), page(ctx)),
                    ApiJson::articleSummary)));
    routes.get("/api/articles/{id}", ctx -> article(ctx, store));
    routes.post("/api/articles", service.posting()::handle);
    routes.get(
        "/api/stats/daily",
        ctx -> json(ctx, ApiJson.list(store.daily(eventFilter(ctx, Set.of())), ApiJson::daily)));
    routes.get(
        "/api/stats/dyads",
        ctx ->
            json(
                ctx,
                ApiJson.list(
                    store.dyads(eventFilter(ctx, Set.of("limit")), limit(ctx, 100)),
                    ApiJson::dyad)));
    routes.get(
        "/api/stats/places",
        ctx -> json(ctx, ApiJson.list(store.places(eventFilter(ctx, Set.of())), ApiJson::place)));
    routes.get(
        "/api/feeds",
        ctx -> {
          noParameters(ctx);
          json(ctx, FeedJson.feeds(store.feeds()));
        });
    routes.get("/api/health", ctx -> health(ctx, service));
    // a page, not part of the JSON API (so not in ROUTES): the report of sitrep report
    routes.get("/report", ctx -> ReportPage.send(ctx, store));
    routes.get(
        "/api/openapi.json",
        ctx -> {
          noParameters(ctx);
          ctx.contentType(JSON).result(service.openApi());
        });
  }

  private static void json(Context ctx, String body) {
    ctx.contentType(JSON).result(body);
  }

  /** Whether the server is up and whether posted articles can be coded yet; no token needed. */
  private static void health(Context ctx, Service service) {
    noParameters(ctx);
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("status", "ok");
    node.put("models", service.coder().state().label());
    node.put("posting", service.coder().state() != BackgroundCoder.State.OFF);
    json(ctx, ApiJson.write(node));
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

  /** One event with its mentions and versions; an id that is no number is a 400, not a 404. */
  private static void event(Context ctx, Store store) {
    noParameters(ctx);
    String given = ctx.pathParam("id");
    if (!given.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("an event id is a whole number such as 42: " + given);
    }
    long id = Long.parseLong(given);
    store
        .event(id)
        .ifPresentOrElse(
            event -> json(ctx, ApiJson.write(EventDetailJson.of(event, store.mentions(id)))),
            () ->
                ctx.status(404).contentType(JSON).result(ApiJson.error("no event with id " + id)));
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
    // a body that stops short of its Content-Length ends in Jetty's idle timeout (30 s), on which
    // Javalin sets 408 and writes nothing
    routes.error(
        408,
        ctx ->
            json(
                ctx,
                ApiJson.error(
                    "the request body did not arrive in time: less came than its Content-Length"
                        + " said")));
    routes.exception(
        BackgroundCoder.ModelsUnavailable.class,
        (e, ctx) ->
            ctx.status(503)
                .contentType(JSON)
                .result(ApiJson.error(e.getMessage() + " (see the server's log)")));
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

  /** Before every route: the security headers, and a query that decodes (see QueryString). */
  private static void checkRequest(Context ctx) {
    SecurityHeaders.ALL.forEach(ctx::header);
    QueryString.check(ctx.queryString());
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
}
