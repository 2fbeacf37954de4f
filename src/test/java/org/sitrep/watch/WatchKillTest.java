package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.NeedsModels;
import org.sitrep.SuppressForbidden;
import org.sitrep.cli.CliRun;

/** A watcher killed with -9 mid-poll, then restarted: nothing stored twice, nothing missed. */
@NeedsModels
@SuppressForbidden("a real local HTTP server that misbehaves on purpose")
class WatchKillTest {
  private static final String[] STORIES = {
    WatcherTest.KHARKIV,
    WatcherTest.TALKS,
    WatcherTest.AID,
    "Israeli aircraft struck targets in southern Lebanon on Wednesday, the army said.",
    "China and Russia signed an energy agreement in Moscow on Thursday.",
    "Protesters clashed with police in the Georgian capital Tbilisi on Friday night.",
  };

  @TempDir Path folder;
  private FeedServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < STORIES.length; i++) {
      String text = STORIES[i];
      String path = "/story/" + i;
      // a little slow, as pages are: the kill then lands between two stored articles or in one
      server.route(
          path,
          e -> {
            sleep(200);
            FeedServer.send(e, 200, "text/html", FeedServer.page("News", text));
          });
      items.addAll(List.of("story-" + i, "Story " + i, "", server.url(path)));
    }
    String feed = FeedServer.rss(items.toArray(String[]::new));
    server.route(
        "/feed",
        e -> {
          e.getResponseHeaders().set("ETag", "\"one\"");
          FeedServer.send(e, 200, "application/rss+xml", feed);
        });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aKilledWatcherStoresNothingTwiceAndMissesNothingWhenRestarted() throws Exception {
    String reference = folder.resolve("reference.db").toString();
    CliRun whole =
        CliRun.of("watch", "--once", "--allow-private", "--db", reference, server.url("/feed"));
    assertThat(whole.exit()).as(whole.err()).isZero();
    server.requests.clear();

    String db = folder.resolve("killed.db").toString();
    Process watch =
        new ProcessBuilder(
                CliRun.javaCommand("watch", "--allow-private", "--db", db, server.url("/feed")))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("killed.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (count(db, "SELECT COUNT(*) FROM articles") == 0
        && watch.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    watch.destroyForcibly().waitFor();
    int survived = count(db, "SELECT COUNT(*) FROM articles");
    assertThat(survived).as("articles stored before the kill").isBetween(1, STORIES.length - 1);
    assertThat(count(db, "SELECT COUNT(*) FROM feed_items"))
        .as("an item is marked with its article, never apart from it")
        .isEqualTo(survived);

    CliRun resumed =
        CliRun.of("watch", "--once", "--allow-private", "--db", db, server.url("/feed"));

    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains((STORIES.length - survived) + " articles stored");
    assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(STORIES.length);
    assertThat(count(db, "SELECT COUNT(*) FROM feed_items")).isEqualTo(STORIES.length);
    assertThat(mentionsPerArticle(db)).isEqualTo(mentionsPerArticle(reference));
    for (int i = 0; i < STORIES.length; i++) {
      assertThat(server.count("/story/" + i))
          .as("story %d's page: once, or twice if the kill came while it was in hand", i)
          .isBetween(1L, 2L);
    }
    long fetchedTwice =
        java.util.stream.IntStream.range(0, STORIES.length)
            .filter(i -> server.count("/story/" + i) == 2)
            .count();
    assertThat(fetchedTwice).isLessThanOrEqualTo(1);
  }

  private static int count(String db, String sql) throws SQLException {
    if (!java.nio.file.Files.exists(Path.of(db))) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery(sql);
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      // the schema is not there yet while the child migrates it
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        return 0;
      }
      throw e;
    }
  }

  private static TreeMap<String, Integer> mentionsPerArticle(String db) throws SQLException {
    TreeMap<String, Integer> counts = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      ResultSet rs =
          s.executeQuery(
              "SELECT a.id, (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)"
                  + " FROM articles a");
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
