package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The feeds table and the items each feed has handed on (migration V6). Items are marked in the
 * transaction of their article ({@link #mark}), so the mark and the article commit together.
 */
final class FeedLog {
  private static final String COLUMNS =
      "url, last_poll, last_success, last_error, etag, last_modified, failures, next_attempt,"
          + " items_seen";

  private final Jdbi jdbi;

  FeedLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds the feed unless it is there; its state is returned either way. */
  FeedState add(String url) {
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate("INSERT INTO feeds (url) VALUES (:url) ON CONFLICT DO NOTHING")
              .bind("url", url)
              .execute();
          return find(handle, url).orElseThrow();
        });
  }

  Optional<FeedState> find(String url) {
    return jdbi.withHandle(handle -> find(handle, url));
  }

  /** Every feed, by URL. */
  List<FeedState> all() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM feeds ORDER BY url")
                .map((rs, ctx) -> state(rs, itemsToday(handle, rs.getString("url"))))
                .list());
  }

  /** Writes the feed's poll state; items_seen is the store's own count and is left alone. */
  void update(FeedState state) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE feeds SET last_poll = :lastPoll, last_success = :lastSuccess,"
                        + " last_error = :lastError, etag = :etag, last_modified = :lastModified,"
                        + " failures = :failures, next_attempt = :next WHERE url = :url")
                .bind("url", state.url())
                .bind("lastPoll", text(state.lastPoll()))
                .bind("lastSuccess", text(state.lastSuccess()))
                .bind("lastError", state.lastError().orElse(null))
                .bind("etag", state.etag().orElse(null))
                .bind("lastModified", state.lastModified().orElse(null))
                .bind("failures", state.failures())
                .bind("next", text(state.nextAttempt()))
                .execute());
  }

  boolean seen(String feed, String item) {
    return jdbi.withHandle(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM feed_items WHERE feed_url = :feed AND item_key = :item")
                    .bind("feed", feed)
                    .bind("item", item)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Marks an item handed on without an article of its own (a refusal that will not change). */
  void mark(String feed, String item, String outcome) {
    jdbi.useTransaction(handle -> mark(handle, feed, item, outcome, Optional.empty()));
  }

  /** Marks an item in the caller's transaction; counts it once however often it is marked. */
  static void mark(
      Handle handle, String feed, String item, String outcome, Optional<String> articleId) {
    int added =
        handle
            .createUpdate(
                "INSERT INTO feed_items (feed_url, item_key, article_id, outcome, seen_at)"
                    + " VALUES (:feed, :item, :article, :outcome, :at) ON CONFLICT DO NOTHING")
            .bind("feed", feed)
            .bind("item", item)
            .bind("article", articleId.orElse(null))
            .bind("outcome", outcome)
            .bind("at", Instant.now().toString())
            .execute();
    if (added > 0) {
      handle
          .createUpdate("UPDATE feeds SET items_seen = items_seen + 1 WHERE url = :feed")
          .bind("feed", feed)
          .execute();
    }
  }

  private static Optional<FeedState> find(Handle handle, String url) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM feeds WHERE url = :url")
        .bind("url", url)
        .map((rs, ctx) -> state(rs, itemsToday(handle, url)))
        .findOne();
  }

  /** Articles the feed stored since midnight UTC (ISO instants sort as text). */
  private static long itemsToday(Handle handle, String url) {
    String midnight =
        LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM feed_items WHERE feed_url = :feed AND outcome = 'stored'"
                + " AND seen_at >= :midnight")
        .bind("feed", url)
        .bind("midnight", midnight)
        .mapTo(Long.class)
        .one();
  }

  private static FeedState state(ResultSet rs, long itemsToday) throws SQLException {
    return new FeedState(
        rs.getString("url"),
        instant(rs.getString("last_poll")),
        instant(rs.getString("last_success")),
        Optional.ofNullable(rs.getString("last_error")),
        Optional.ofNullable(rs.getString("etag")),
        Optional.ofNullable(rs.getString("last_modified")),
        rs.getInt("failures"),
        instant(rs.getString("next_attempt")),
        rs.getLong("items_seen"),
        itemsToday);
  }

  private static Optional<Instant> instant(@Nullable String text) {
    return Optional.ofNullable(text).map(Instant::parse);
  }

  private static @Nullable String text(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse(null);
  }
}
