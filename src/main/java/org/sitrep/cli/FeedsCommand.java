package org.sitrep.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.FeedState;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep feeds}: the watched feeds and their health. */
@Command(
    name = "feeds",
    description =
        "Lists the feeds `watch` keeps state for: last poll and success, failures in a row, next"
            + " attempt, items handed on (in all and stored today, UTC) and the last error.")
final class FeedsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    try (Store opened = store.openExisting()) {
      List<FeedState> feeds = opened.feeds();
      if (feeds.isEmpty()) {
        System.err.println(
            "sitrep: no feeds in " + opened.describe() + "; add some with `sitrep watch`");
        return ExitCodes.OK;
      }
      Table table =
          new Table(
              List.of(
                  "feed",
                  "last poll",
                  "last success",
                  "failures",
                  "next attempt",
                  "items",
                  "today",
                  "last error"),
              60,
              20,
              20,
              8,
              20,
              7,
              7,
              80);
      for (FeedState feed : feeds) {
        table.add(
            List.of(
                feed.url(),
                time(feed.lastPoll()),
                time(feed.lastSuccess()),
                String.valueOf(feed.failures()),
                time(feed.nextAttempt()),
                String.valueOf(feed.itemsSeen()),
                String.valueOf(feed.itemsToday()),
                feed.lastError().orElse("")));
      }
      table.print(System.out);
      return ExitCodes.OK;
    }
  }

  private static String time(Optional<Instant> instant) {
    return instant.map(i -> i.toString().replaceAll("\\.\\d+Z$", "Z")).orElse("never");
  }
}
