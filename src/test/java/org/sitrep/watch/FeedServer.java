package org.sitrep.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.sitrep.SuppressForbidden;

/**
 * A real HTTP server on 127.0.0.1 that serves feeds and pages and misbehaves on purpose: each path
 * answers as its {@link Route} says, and every request is logged with its conditional headers.
 */
@SuppressForbidden("a real local HTTP server that misbehaves on purpose")
final class FeedServer implements AutoCloseable {
  /** How one path answers. */
  @SuppressForbidden("answers on the JDK's HTTP server")
  @FunctionalInterface
  interface Route {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** A request as the server saw it. */
  record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(
              new Request(
                  path,
                  String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")),
                  String.valueOf(exchange.getRequestHeaders().getFirst("If-Modified-Since")),
                  String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"))));
          try {
            Route route = routes.get(path);
            if (route == null) {
              send(exchange, 404, "text/plain", "not here");
            } else {
              route.answer(exchange);
            }
          } catch (IOException e) {
            // the client went away (a timeout, a refused body): nothing more to say to it
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  FeedServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
    if (status != 304 && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** An RSS 2.0 feed of items given as {guid, title, description-or-empty, link}. */
  static String rss(String... items) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Test Wire</title><link>http://example.org/</link>"
                + "<description>test</description>");
    for (int i = 0; i + 4 <= items.length; i += 4) {
      xml.append("<item><guid>")
          .append(items[i])
          .append("</guid><title>")
          .append(items[i + 1])
          .append("</title>");
      if (!items[i + 2].isEmpty()) {
        xml.append("<description>").append(items[i + 2]).append("</description>");
      }
      xml.append("<link>")
          .append(items[i + 3])
          .append("</link><pubDate>Mon, 11 Nov 2024 08:00:00 GMT</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /** An article page whose body holds {@code text} in paragraphs. */
  static String page(String title, String text) {
    return "<!doctype html><html><head><title>"
        + title
        + "</title></head><body><nav>Home | World</nav><article><h1>"
        + title
        + "</h1><p>"
        + text
        + "</p></article><footer>Copyright</footer></body></html>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
