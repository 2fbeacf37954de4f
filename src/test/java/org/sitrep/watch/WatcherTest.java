package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.SuppressForbidden;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.ArticleFilter;
import org.sitrep.store.FeedState;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;

/**
 * The watcher against a local server that misbehaves on purpose, with a clock that moves only when
 * told: it stores exactly the new articles, backs off as specified and survives every fault.
 */
@NeedsModels
@SuppressForbidden("a real local HTTP server that misbehaves on purpose")
class WatcherTest {
  static final String KHARKIV =
      "Russian forces shelled the Ukrainian city of Kharkiv on Sunday, the regional governor said.";
  static final String TALKS =
      "The foreign ministers of France and Germany met in Berlin on Monday to discuss sanctions.";
  static final String AID =
      "The European Union pledged new military aid to Ukraine on Tuesday, officials said.";
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private static Function<Article, CodedArticle> coder;

  @TempDir Path folder;
  private FeedServer server;
  private TestClock clock;
  private Store store;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeAll
  static void loadTheCoderOnce() {
    coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current())::code;
  }

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    clock = new TestClock(START);
    store = Store.open(folder.resolve("watch.db").toString());
  }

  @AfterEach
  void stop() {
    store.close();
    server.close();
  }

  private Watcher watcher(Duration timeout) {
    FetchPolicy policy =
        FetchPolicy.defaults()
            .allowingPrivate()
            .withHostInterval(Duration.ZERO)
            .withTimeout(timeout);
    Backoff noJitter = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), () -> 1.0);
    return new Watcher(
        store,
        new Fetcher(policy, clock, clock),
        () -> coder,
        Duration.ofMinutes(15),
        noJitter,
        clock,
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private FeedState state(String path) {
    return store.feed(server.url(path)).orElseThrow();
  }

  private long articles() {
    return store
        .articles(ArticleFilter.of(java.util.Map.of()), PageRequest.first(100))
        .items()
        .size();
  }

  /** A feed whose body and ETag the test swaps, answering 304 to its current ETag. */
  private AtomicReference<String[]> versionedFeed(String path) {
    AtomicReference<String[]> current = new AtomicReference<>();
    server.route(
        path,
        exchange -> {
          String[] version = current.get();
          if (version[0].equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            FeedServer.send(exchange, 304, "application/rss+xml", "");
            return;
          }
          exchange.getResponseHeaders().set("ETag", version[0]);
          FeedServer.send(exchange, 200, "application/rss+xml", version[1]);
        });
    return current;
  }

  private void page(String path, String text) {
    server.route(path, e -> FeedServer.send(e, 200, "text/html", FeedServer.page("News", text)));
  }

  @Test
  void storesExactlyTheNewArticlesAndAsksOnlyWhatChanged() {
    page("/kharkiv", KHARKIV);
    page("/talks", TALKS);
    page("/aid", AID);
    page("/aid-again", AID); // the same story under a new URL
    AtomicReference<String[]> feed = versionedFeed("/feed");
    String kharkiv = server.url("/kharkiv");
    String talks = server.url("/talks");
    feed.set(
        new String[] {
          "\"v1\"", FeedServer.rss("k", "Kharkiv", "", kharkiv, "t", "Talks", "", talks)
        });
    Watcher watcher = watcher(Duration.ofSeconds(5));
    List<String> feeds = List.of(server.url("/feed"));

    PollReport first = watcher.poll(feeds, true);
    clock.advance(Duration.ofMinutes(15));
    PollReport unchanged = watcher.poll(feeds, true);
    feed.set(
        new String[] {
          "\"v2\"",
          FeedServer.rss(
              "k",
              "Kharkiv",
              "",
              kharkiv,
              "t",
              "Talks",
              "",
              talks,
              "a",
              "Aid",
              "",
              server.url("/aid"),
              "a2",
              "Aid",
              "",
              server.url("/aid-again"))
        });
    clock.advance(Duration.ofMinutes(15));
    PollReport changed = watcher.poll(feeds, true);

    assertThat(first.stored()).as(log()).isEqualTo(2);
    assertThat(first.events()).as("the pages' sentences were coded").isPositive();
    assertThat(unchanged.notModified()).isEqualTo(1);
    assertThat(changed.stored()).as(log()).isEqualTo(1);
    assertThat(changed.duplicates()).as("the same story under a new URL").isEqualTo(1);
    assertThat(articles()).isEqualTo(3);
    assertThat(server.count("/kharkiv"))
        .as("a stored item's page is not fetched again")
        .isEqualTo(1);
    assertThat(feedRequests("/feed").get(1).ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(state("/feed").etag()).contains("\"v2\"");
    assertThat(state("/feed").itemsSeen()).isEqualTo(4);
    assertThat(log())
        .contains("poll 3: 1 feed polled (0 not modified, 0 failed): 1 article stored");
  }

  @Test
  void pollsOnlyWhenDueAndBacksOffAsSpecified() {
    page("/kharkiv", KHARKIV);
    AtomicInteger calls = new AtomicInteger();
    String body = FeedServer.rss("k", "Kharkiv", "", server.url("/kharkiv"));
    server.route(
        "/busy",
        exchange -> {
          int n = calls.incrementAndGet();
          if (n == 1) {
            exchange.getResponseHeaders().set("Retry-After", "600");
            FeedServer.send(exchange, 429, "text/plain", "slow down");
          } else if (n <= 4) {
            FeedServer.send(exchange, 500, "text/plain", "oops");
          } else {
            FeedServer.send(exchange, 200, "application/rss+xml", body);
          }
        });
    Watcher watcher = watcher(Duration.ofSeconds(5));
    List<String> feeds = List.of(server.url("/busy"));

    watcher.poll(feeds, true);
    assertThat(state("/busy").failures()).isEqualTo(1);
    assertThat(state("/busy").lastError()).contains("HTTP 429 (Retry-After: 600)");
    assertThat(state("/busy").nextAttempt()).contains(START.plusSeconds(600));
    clock.advance(Duration.ofMinutes(9));
    watcher.poll(feeds, true);
    assertThat(calls).as("not asked again before Retry-After").hasValue(1);
    watcher.poll(feeds, false);
    assertThat(calls).as("not even by --once while backing off").hasValue(1);

    // a 500 burst: 2, 4 and 8 minutes (no jitter here), each counted
    Duration[] expected = {Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)};
    clock.advance(Duration.ofMinutes(1));
    for (int failure = 2; failure <= 4; failure++) {
      Instant now = clock.instant();
      watcher.poll(feeds, true);
      assertThat(state("/busy").failures()).isEqualTo(failure);
      assertThat(state("/busy").nextAttempt()).contains(now.plus(expected[failure - 2]));
      assertThat(watcher.untilNextDue(feeds)).isEqualTo(expected[failure - 2]);
      clock.advance(expected[failure - 2]);
    }
    PollReport recovered = watcher.poll(feeds, true);

    assertThat(recovered.stored()).as(log()).isEqualTo(1);
    assertThat(state("/busy").failures()).isZero();
    assertThat(state("/busy").lastSuccess()).contains(clock.instant());
    assertThat(state("/busy").nextAttempt()).contains(clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(log()).contains("failure 4 in a row, next attempt in 8 min");
  }

  @Test
  void survivesEveryFaultAndStoresWhatItCan() {
    byte[] chunk = new byte[64 * 1024];
    server.route(
        "/slow",
        exchange -> {
          sleep(3000);
          FeedServer.send(exchange, 200, "application/rss+xml", FeedServer.rss());
        });
    server.route(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 20 * 16; i++) {
              out.write(chunk);
            }
          }
        });
    server.route(
        "/loop",
        exchange -> {
          exchange.getResponseHeaders().set("Location", "/loop");
          FeedServer.send(exchange, 302, "text/plain", "");
        });
    server.route("/json", e -> FeedServer.send(e, 200, "application/json", "{\"items\": []}"));
    page("/talks", TALKS);
    String gone = server.url("/gone");
    String mixed = FeedServer.rss("g", "Gone", "", gone, "t", "Talks", "", server.url("/talks"));
    server.route("/mixed", e -> FeedServer.send(e, 200, "application/rss+xml", mixed));
    Watcher watcher = watcher(Duration.ofSeconds(1));
    List<String> feeds =
        List.of("/slow", "/huge", "/loop", "/json", "/mixed").stream().map(server::url).toList();

    PollReport report = watcher.poll(feeds, true);
    clock.advance(Duration.ofHours(1));
    PollReport again = watcher.poll(feeds, true);

    assertThat(report.failed()).as(log()).isEqualTo(4);
    assertThat(state("/slow").lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("within 1 s"));
    assertThat(state("/huge").lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("larger than"));
    assertThat(state("/loop").lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("redirects"));
    assertThat(state("/json").lastError())
        .hasValueSatisfying(e -> assertThat(e).contains("not well-formed XML"));
    assertThat(report.stored()).isEqualTo(1);
    assertThat(report.refused()).isEqualTo(1);
    assertThat(log()).contains("/mixed: item 1: its page " + gone + " answered HTTP 404; skipped");
    assertThat(again.refused()).as("a page that is gone is not asked for again").isZero();
    assertThat(server.count("/gone")).isEqualTo(1);
    assertThat(articles()).isEqualTo(1);
    assertThat(state("/slow").failures()).isEqualTo(2);
  }

  @Test
  void leavesAnItemWhosePageFailsForTheNextPollAndKeepsTheOldValidators() {
    AtomicInteger tries = new AtomicInteger();
    server.route(
        "/flaky",
        e -> {
          if (tries.incrementAndGet() == 1) {
            FeedServer.send(e, 503, "text/plain", "busy");
          } else {
            FeedServer.send(e, 200, "text/html", FeedServer.page("Aid", AID));
          }
        });
    AtomicReference<String[]> feed = versionedFeed("/feed");
    feed.set(new String[] {"\"v1\"", FeedServer.rss("f", "Aid", "", server.url("/flaky"))});
    Watcher watcher = watcher(Duration.ofSeconds(5));
    List<String> feeds = List.of(server.url("/feed"));

    PollReport first = watcher.poll(feeds, true);
    clock.advance(Duration.ofMinutes(15));
    PollReport second = watcher.poll(feeds, true);

    assertThat(first.retry()).isEqualTo(1);
    assertThat(second.stored()).as(log()).isEqualTo(1);
    assertThat(feedRequests("/feed").get(1).ifNoneMatch())
        .as("no validators sent while an item waits, so the feed came whole")
        .isEqualTo("null");
  }

  private List<FeedServer.Request> feedRequests(String path) {
    return server.requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
