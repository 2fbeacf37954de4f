package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.SuppressForbidden;

/** The fetcher against a real local server: validators, limits, redirects, refusals, politeness. */
@SuppressForbidden("a real local HTTP server that misbehaves on purpose")
class FetcherTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private FeedServer server;
  private TestClock clock;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    clock = new TestClock(START);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Fetcher fetcher(FetchPolicy policy) {
    return new Fetcher(policy, clock, clock);
  }

  private static FetchPolicy local() {
    return FetchPolicy.defaults().allowingPrivate().withHostInterval(Duration.ZERO);
  }

  private Fetched get(Fetcher fetcher, String path) throws FetchException {
    return fetcher.fetch(
        URI.create(server.url(path)), Optional.empty(), Optional.empty(), Fetcher.FEED);
  }

  @Test
  void sendsItsValidatorsAndUserAgentAndReadsA304() throws Exception {
    server.route(
        "/feed",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            FeedServer.send(exchange, 304, "application/rss+xml", "");
          } else {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 05 Jan 2026 09:00:00 GMT");
            FeedServer.send(exchange, 200, "application/rss+xml", "<rss/>");
          }
        });
    Fetcher fetcher = fetcher(local());

    Fetched first = get(fetcher, "/feed");
    Fetched second =
        fetcher.fetch(
            URI.create(server.url("/feed")), first.etag(), first.lastModified(), Fetcher.FEED);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).contains("\"v1\"");
    assertThat(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("<rss/>");
    assertThat(second.notModified()).isTrue();
    assertThat(server.requests.get(1).ifModifiedSince()).isEqualTo("Mon, 05 Jan 2026 09:00:00 GMT");
    assertThat(server.requests.get(0).userAgent()).startsWith("sitrep/");
  }

  @Test
  void refusesEveryPrivateAddressWithoutAllowPrivate() {
    Fetcher fetcher = fetcher(FetchPolicy.defaults());
    for (String url :
        new String[] {
          server.url("/feed"),
          "http://10.1.2.3/feed",
          "http://192.168.1.20/feed",
          "http://172.16.0.1/feed",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]/feed",
          "http://[fd00::1]/feed",
          "http://0.0.0.0/feed",
          "http://localhost/feed"
        }) {
      assertThatThrownBy(
              () ->
                  fetcher.fetch(URI.create(url), Optional.empty(), Optional.empty(), Fetcher.FEED))
          .as(url)
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("refused")
          .hasMessageContaining("--allow-private")
          .matches(e -> ((FetchException) e).lasting());
    }
    assertThat(server.requests).as("nothing was asked of the local server").isEmpty();
  }

  @Test
  void refusesANameThatResolvesToLoopback() {
    Fetcher fetcher =
        new Fetcher(
            FetchPolicy.defaults(),
            clock,
            clock,
            host ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")
                });

    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    URI.create("http://news.example/feed"),
                    Optional.empty(),
                    Optional.empty(),
                    Fetcher.FEED))
        .hasMessageContaining("news.example resolves to 127.0.0.1, which is a loopback address");
  }

  @Test
  void checksEveryRedirectHop() {
    // 127.0.0.1 passes as if public; the redirect's "localhost" is resolved for real: loopback.
    Fetcher fetcher =
        new Fetcher(
            FetchPolicy.defaults().withHostInterval(Duration.ZERO),
            clock,
            clock,
            host ->
                host.equals("127.0.0.1")
                    ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                    : InetAddress.getAllByName(host));
    String internal = server.url("/internal").replace("127.0.0.1", "localhost");
    server.route(
        "/hop",
        exchange -> {
          exchange.getResponseHeaders().set("Location", internal);
          FeedServer.send(exchange, 302, "text/plain", "");
        });

    assertThatThrownBy(() -> get(fetcher, "/hop"))
        .hasMessageContaining("localhost resolves to")
        .hasMessageContaining("loopback");
    assertThat(server.count("/internal")).isZero();
  }

  @Test
  void refusesSchemesOtherThanHttp() {
    Fetcher fetcher = fetcher(local());
    for (String url :
        new String[] {"file:///etc/passwd", "ftp://example.org/feed", "gopher://x/"}) {
      assertThatThrownBy(
              () ->
                  fetcher.fetch(URI.create(url), Optional.empty(), Optional.empty(), Fetcher.FEED))
          .as(url)
          .hasMessageContaining("only http and https");
    }
  }

  @Test
  void followsRelativeRedirectsAndStopsALoop() throws Exception {
    server.route(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().set("Location", "/feed");
          FeedServer.send(exchange, 301, "text/plain", "");
        });
    server.route("/feed", exchange -> FeedServer.send(exchange, 200, "text/xml", "<rss/>"));
    server.route(
        "/loop",
        exchange -> {
          exchange.getResponseHeaders().set("Location", "/loop");
          FeedServer.send(exchange, 302, "text/plain", "");
        });
    Fetcher fetcher = fetcher(local());

    Fetched moved = get(fetcher, "/moved");

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.uri().getPath()).isEqualTo("/feed");
    assertThatThrownBy(() -> get(fetcher, "/loop")).hasMessageContaining("more than 5 redirects");
    assertThat(server.count("/loop")).isEqualTo(6);
  }

  @Test
  void refusesA20MegabyteBodyWithOrWithoutItsLength() {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    int chunks = 20 * 16; // 20 MB
    FeedServer.Route huge =
        exchange -> {
          boolean declared = exchange.getRequestURI().getPath().equals("/declared");
          exchange.sendResponseHeaders(200, declared ? (long) chunks * chunk.length : 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < chunks; i++) {
              out.write(chunk);
            }
          }
        };
    server.route("/declared", huge).route("/chunked", huge);
    Fetcher fetcher = fetcher(local().withMaxBytes(1_000_000));

    assertThatThrownBy(() -> get(fetcher, "/declared"))
        .hasMessageContaining("declared larger than 1000000 bytes");
    assertThatThrownBy(() -> get(fetcher, "/chunked"))
        .hasMessageContaining("larger than 1000000 bytes");
  }

  @Test
  void givesUpOnASlowAnswerAtTheTimeout() {
    server.route(
        "/slow-headers",
        exchange -> {
          sleep(3000);
          FeedServer.send(exchange, 200, "text/xml", "<rss/>");
        });
    server.route(
        "/slow-body",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
              out.write('x');
              out.flush();
              sleep(100);
            }
          }
        });
    Fetcher fetcher = fetcher(local().withTimeout(Duration.ofMillis(600)));

    for (String path : new String[] {"/slow-headers", "/slow-body"}) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> get(fetcher, path))
          .as(path)
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("within 600 ms")
          .matches(e -> !((FetchException) e).lasting(), "worth retrying");
      assertThat((System.nanoTime() - start) / 1_000_000).as(path).isLessThan(2500);
    }
  }

  @Test
  void waitsTheHostIntervalBetweenTwoRequestsToOneHost() throws Exception {
    server.route("/feed", exchange -> FeedServer.send(exchange, 200, "text/xml", "<rss/>"));
    Fetcher fetcher = fetcher(local().withHostInterval(Duration.ofSeconds(2)));

    get(fetcher, "/feed");
    clock.advance(Duration.ofMillis(500));
    get(fetcher, "/feed");

    assertThat(clock.sleeps).containsExactly(Duration.ofMillis(1500));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
