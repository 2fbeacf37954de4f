package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.FeedState;

/**
 * The watched feeds' health for {@code GET /api/feeds}: one object per feed, times as ISO instants
 * or null, {@code healthy} false while the feed fails.
 *
 * <pre>
 * {@code {"items":[{"url":"https://example.org/world.rss","healthy":true,"items_today":4,...}]}}
 * </pre>
 */
final class FeedJson {
  private FeedJson() {}

  static String feeds(List<FeedState> feeds) {
    ObjectNode root = ApiJson.MAPPER.createObjectNode();
    ArrayNode items = root.putArray("items");
    for (FeedState feed : feeds) {
      ObjectNode node = items.addObject();
      node.put("url", feed.url());
      node.put("healthy", feed.failures() == 0);
      time(node, "last_poll", feed.lastPoll());
      time(node, "last_success", feed.lastSuccess());
      node.put("last_error", feed.lastError().orElse(null));
      node.put("failures", feed.failures());
      time(node, "next_attempt", feed.nextAttempt());
      node.put("items_seen", feed.itemsSeen());
      node.put("items_today", feed.itemsToday());
    }
    return ApiJson.write(root);
  }

  private static void time(ObjectNode node, String field, Optional<Instant> instant) {
    node.put(field, instant.map(Instant::toString).orElse(null));
  }
}
