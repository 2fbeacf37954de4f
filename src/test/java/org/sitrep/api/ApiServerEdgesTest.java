package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;

/**
 * The edges of the API on a real server over a real SQLite store, through raw sockets where a
 * well-behaved client could not go: the web server's own refusals, malformed queries, lying
 * Content-Lengths, token guessing, and model readiness. No language models are loaded here.
 */
class ApiServerEdgesTest {
  private static final String TOKEN = "edge-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static Store store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    store = Store.open(folder.resolve("edges.db").toString());
    server =
        ApiServer.start(
            store,
            ApiServerEdgesTest::noModels,
            new ApiServer.Options("127.0.0.1", 0, Optional.of(TOKEN)));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void answersTheWebServersOwnRefusalsInJsonWithTheSecurityHeaders() throws Exception {
    RawHttp.Answer longUrl = get("/api/events?q=" + "a".repeat(20_000));
    RawHttp.Answer longHeader =
        send("GET /api/events HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
    RawHttp.Answer noUri = send("GARBAGE\r\n\r\n");
    RawHttp.Answer badHeader = send("GET /api/events HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
    RawHttp.Answer dotDot = get("/api/%2e%2e/%2e%2e/etc/passwd");

    assertThat(longUrl.status()).isEqualTo(414);
    assertThat(error(longUrl)).contains("URL too long", "8192");
    assertThat(longHeader.status()).isEqualTo(431);
    assertThat(error(longHeader)).contains("headers too large");
    assertThat(noUri.status()).isEqualTo(400);
    assertThat(badHeader.status()).isEqualTo(400);
    assertThat(error(badHeader)).startsWith("bad request: ");
    assertThat(dotDot.status()).isEqualTo(400);
    for (RawHttp.Answer answer :
        new RawHttp.Answer[] {longUrl, longHeader, noUri, badHeader, dotDot}) {
      assertThat(answer.header("Content-Type")).as(answer.toString()).contains("application/json");
      assertThat(answer.header("Content-Security-Policy").orElse(""))
          .as(answer.toString())
          .contains("script-src 'self';");
      assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).contains("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(answer.toString()).contains("no-referrer");
    }
  }

  @Test
  void refusesAQueryThatIsNotPercentEncodedUtf8NamingTheParameter() throws Exception {
    RawHttp.Answer truncated = get("/api/events?q=%E0%A4%A");
    RawHttp.Answer notUtf8 = get("/api/events?actor=RUS&q=%E0%A4");
    RawHttp.Answer badName = get("/api/events?%ZZ=1");

    assertThat(truncated.status()).isEqualTo(400);
    assertThat(error(truncated)).contains("parameter 'q'");
    assertThat(notUtf8.status()).isEqualTo(400);
    assertThat(error(notUtf8)).contains("parameter 'q'", "UTF-8");
    assertThat(badName.status()).isEqualTo(400);
    assertThat(error(badName)).contains("parameter name", "%ZZ");
    assertThat(get("/api/events?q=%C3%A9t%C3%A9+Kyiv").status()).isEqualTo(200);
    assertThat(get("/api/actors?q=caf%C3%A9").status()).isEqualTo(200);
  }

  @Test
  void refusesADeclaredBodyOverTheLimitBeforeWaitingForIt() throws Exception {
    // promises more than the limit and sends two bytes: without the check up front the server
    // waited for the rest until its idle timeout and answered 408
    RawHttp.Answer answer =
        send(
            "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + (ApiServer.MAX_BODY_BYTES + 1)
                + "\r\n\r\n{}");

    assertThat(answer.status()).isEqualTo(413);
    assertThat(error(answer)).contains("at most " + ApiServer.MAX_BODY_BYTES + " bytes");
    assertThat(answer.header("Content-Security-Policy")).isPresent();
  }

  @Test
  void throttlesWrongTokensPerAddressAndNoOtherClient() throws Exception {
    InetAddress guesser = InetAddress.getByName("127.0.0.2");
    assumeTrue(canBind(guesser), "127.0.0.2 is not a local address here (Linux has it)");

    for (int i = 0; i < TokenGuesses.LIMIT; i++) {
      assertThat(post(guesser, "Bearer guess-" + i, "{}").status()).isEqualTo(401);
    }
    RawHttp.Answer throttled = post(guesser, "Bearer guess-again", "{}");
    RawHttp.Answer rightTokenFromGuesser = post(guesser, "Bearer " + TOKEN, "{}");
    RawHttp.Answer otherClientWrong = post(InetAddress.getLoopbackAddress(), "Bearer nope", "{}");
    // the right token from elsewhere passes the gate: the body is then read and found wanting
    RawHttp.Answer otherClientRight =
        post(InetAddress.getLoopbackAddress(), "Bearer " + TOKEN, "{\"id\":\"x\",\"text\":");

    assertThat(throttled.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, TokenGuesses.WINDOW_SECONDS);
    assertThat(error(throttled)).contains("too many wrong tokens", "127.0.0.2");
    // while throttled the address's tokens are not compared: guessing on tells nothing
    assertThat(rightTokenFromGuesser.status()).isEqualTo(429);
    assertThat(otherClientWrong.status()).isEqualTo(401);
    assertThat(otherClientRight.status()).isEqualTo(400);
    assertThat(error(otherClientRight)).contains("request body");
  }

  @Test
  void saysOnHealthWhetherTheModelsHaveLoadedWithoutAToken() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ApiServer posting =
        ApiServer.start(
            store,
            () -> {
              loading.countDown();
              awaitQuietly(release);
              throw new IllegalStateException("no language models in this test");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.of(TOKEN)))) {
      // the models start loading with the server, not on the first post
      assertThat(loading.await(60, TimeUnit.SECONDS)).isTrue();
      RawHttp.Answer whileLoading = get(posting, "/api/health");
      release.countDown();
      JsonNode afterwards = awaitModels(posting);
      RawHttp.Answer post =
          RawHttp.send(
              posting.port(),
              postRequest(
                  "Bearer " + TOKEN,
                  "{\"published\":\"2024-11-20\",\"text\":\"Russia attacked Ukraine.\"}"));

      assertThat(whileLoading.status()).isEqualTo(200);
      assertThat(whileLoading.header("Content-Security-Policy")).isPresent();
      JsonNode health = JSON.readTree(whileLoading.body());
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("models").asText()).isEqualTo("loading");
      assertThat(health.get("posting").asBoolean()).isTrue();
      assertThat(afterwards.get("models").asText()).isEqualTo("failed");
      assertThat(post.status()).isEqualTo(503);
      assertThat(error(post)).contains("language models failed to load");
    }
  }

  @Test
  void healthSaysModelsAreOffWhenPostingIsOff() throws Exception {
    try (ApiServer reading =
        ApiServer.start(
            store,
            ApiServerEdgesTest::noModels,
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()))) {
      JsonNode health = JSON.readTree(get(reading, "/api/health").body());

      assertThat(health.get("models").asText()).isEqualTo("off");
      assertThat(health.get("posting").asBoolean()).isFalse();
      assertThat(get(reading, "/api/health?verbose=1").status()).isEqualTo(400);
    }
  }

  private static ArticleCoder noModels() {
    throw new IllegalStateException("no language models in this test");
  }

  private static JsonNode awaitModels(ApiServer posting) throws Exception {
    // polls until the state leaves "loading"; the bound only guards against a hang
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    JsonNode health = JSON.readTree(get(posting, "/api/health").body());
    while (health.get("models").asText().equals("loading") && System.nanoTime() < deadline) {
      Thread.sleep(20);
      health = JSON.readTree(get(posting, "/api/health").body());
    }
    return health;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean canBind(InetAddress address) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String error(RawHttp.Answer answer) throws IOException {
    return JSON.readTree(answer.body()).get("error").asText();
  }

  private static RawHttp.Answer get(String target) throws IOException {
    return get(server, target);
  }

  private static RawHttp.Answer get(ApiServer to, String target) throws IOException {
    return RawHttp.send(to.port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
  }

  private static RawHttp.Answer send(String request) throws IOException {
    return RawHttp.send(server.port(), request);
  }

  private static RawHttp.Answer post(InetAddress from, String authorization, String body)
      throws IOException {
    return RawHttp.send(server.port(), from, postRequest(authorization, body));
  }

  private static String postRequest(String authorization, String body) {
    return "POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: "
        + authorization
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length()
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }
}
