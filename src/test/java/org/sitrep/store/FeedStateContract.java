package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Articles.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;

/** The watcher's feed state (migration V6), the same on SQLite and PostgreSQL. */
abstract class FeedStateContract {
  private static final String FEED = "https://wire.example/world.rss";
  private Store store;

  /** A fresh, empty database's URL: another each call. */
  abstract String emptyDatabase();

  void close() {}

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
    close();
  }

  private static CodedArticle strike(String id, String sentence) {
    return article(id, "2025-03-08", "Wire")
        .event(sentence, "2025-03-07", "RUSMIL", "UKR", "195", 4, -10)
        .coded();
  }

  @Test
  void keepsAFeedsStateAcrossReopening() {
    String url = emptyDatabase();
    store = Store.open(url);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    FeedState fresh = store.addFeed(FEED);
    assertThat(fresh).isEqualTo(FeedState.fresh(FEED));
    store.updateFeed(fresh.failed(now, "HTTP 503", now.plusSeconds(60)));
    store.updateFeed(
        store.feed(FEED).orElseThrow().failed(now, "HTTP 503 again", now.plusSeconds(120)));
    store.close();

    store = Store.open(url);
    FeedState state = store.addFeed(FEED);

    assertThat(state.failures()).isEqualTo(2);
    assertThat(state.lastError()).contains("HTTP 503 again");
    assertThat(state.nextAttempt()).contains(now.plusSeconds(120));
    assertThat(state.due(now)).isFalse();
    FeedState ok =
        state.succeeded(now, Optional.of("\"v2\""), Optional.empty(), now.plusSeconds(900));
    store.updateFeed(ok);
    assertThat(store.feeds()).containsExactly(ok);
  }

  @Test
  void marksAnItemWithItsArticleOnceAndCountsWhatWasStoredToday() {
    store = Store.open(emptyDatabase());
    store.addFeed(FEED);

    boolean first = store.save(strike("a1", "Russia launched drones at Ukraine."), FEED, "guid-1");
    boolean sameText =
        store.save(strike("a2", "Russia launched drones at Ukraine."), FEED, "guid-2");
    store.markSeen(FEED, "guid-3", "refused: not English");
    store.markSeen(FEED, "guid-3", "refused: not English");

    assertThat(first).isTrue();
    assertThat(sameText).as("the same story under a new URL").isFalse();
    assertThat(store.seen(FEED, "guid-1")).isTrue();
    assertThat(store.seen(FEED, "guid-2")).isTrue();
    assertThat(store.seen(FEED, "guid-4")).isFalse();
    assertThat(store.seen("https://other.example/feed", "guid-1")).isFalse();
    FeedState state = store.feed(FEED).orElseThrow();
    assertThat(state.itemsSeen()).isEqualTo(3);
    assertThat(state.itemsToday()).isEqualTo(1);
  }
}
