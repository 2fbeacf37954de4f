package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SuppressForbidden;
import org.sitrep.cli.CliRun;

/** {@code sitrep watch} and {@code sitrep feeds} on the command line, without coding anything. */
@SuppressForbidden("a real local HTTP server that misbehaves on purpose")
class WatchCommandTest {
  @TempDir Path folder;
  private FeedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    server.route("/feed", e -> FeedServer.send(e, 200, "application/rss+xml", FeedServer.rss()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void refusesAFeedOnALoopbackAddressWithoutAllowPrivate() {
    String db = folder.resolve("w.db").toString();

    CliRun run = CliRun.of("watch", "--once", "--db", db, server.url("/feed"));

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            server.url("/feed")
                + ": refused: 127.0.0.1 is a loopback address (give --allow-private to watch"
                + " feeds on your own network)")
        .contains("1 feed polled (0 not modified, 1 failed)");
    assertThat(server.requests).isEmpty();
    CliRun feeds = CliRun.of("feeds", "--db", db);
    assertThat(feeds.exit()).isZero();
    assertThat(feeds.out()).contains(server.url("/feed"), "refused: 127.0.0.1 is a loopback");
  }

  @Test
  void pollsItWithAllowPrivate() {
    String db = folder.resolve("w.db").toString();

    CliRun run = CliRun.of("watch", "--once", "--allow-private", "--db", db, server.url("/feed"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 feed polled (0 not modified, 0 failed): 0 articles stored");
    assertThat(server.count("/feed")).isEqualTo(1);
  }

  @Test
  void readsFeedsFromAFileAndRefusesWhatIsNoHttpUrl() throws Exception {
    Path list = folder.resolve("feeds.txt");
    Files.writeString(list, "# world news\n" + server.url("/feed") + "\n\nfile:///etc/passwd\n");

    CliRun run =
        CliRun.of(
            "watch",
            "--once",
            "--db",
            folder.resolve("w.db").toString(),
            "--feeds",
            list.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(list + ": line 4: 'file:///etc/passwd' is not an http(s) URL");
  }

  @Test
  void explainsABadInterval() {
    CliRun run = CliRun.of("watch", "--every", "soon", server.url("/feed"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration: write 90s, 15m, 2h or 1d");
  }
}
