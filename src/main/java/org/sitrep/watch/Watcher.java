package org.sitrep.watch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.FeedItems;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.FeedState;
import org.sitrep.store.Store;

/**
 * Polls news feeds and keeps the store current: each cycle polls the feeds that are due (every
 * {@code every}, or later when a feed backs off after failures), stores their new items' articles
 * and prints a line per feed and one for the cycle on stderr. State lives in the store, so a
 * restarted watcher resumes where the last one stopped.
 *
 * <pre>{@code
 * Watcher watcher = new Watcher(store, new Fetcher(FetchPolicy.defaults(), clock, Sleeper.REAL),
 *     coders, Duration.ofMinutes(15), clock, System.err);
 * watcher.run(List.of("https://example.org/world.rss"), Sleeper.REAL, () -> false);
 * }</pre>
 *
 * <p>An item without a date is dated the day it is first seen (UTC): a live feed's new item is
 * today's news, where a file's undated article needs {@code --date}.
 */
public final class Watcher {
  private final WatchParts parts;
  private int cycle;

  public Watcher(
      Store store,
      Fetcher fetcher,
      Supplier<? extends Function<Article, CodedArticle>> coders,
      Duration every,
      Clock clock,
      PrintStream err) {
    this(store, fetcher, coders, every, Backoff.standard(), clock, err);
  }

  Watcher(
      Store store,
      Fetcher fetcher,
      Supplier<? extends Function<Article, CodedArticle>> coders,
      Duration every,
      Backoff backoff,
      Clock clock,
      PrintStream err) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive: " + every);
    }
    this.parts = new WatchParts(store, fetcher, lazy(coders), every, backoff, clock, err);
  }

  /**
   * One poll cycle over {@code feeds} (added to the store's feeds if new). On {@code schedule} only
   * the feeds that are due are polled; otherwise (a run from cron) every feed but those backing off
   * after failures.
   */
  public PollReport poll(List<String> feeds, boolean schedule) {
    cycle++;
    Instant now = parts.clock().instant();
    FeedItems items =
        new FeedItems(
            IngestOptions.defaults().withDefaultDate(LocalDate.ofInstant(now, ZoneOffset.UTC)));
    PollReport report = PollReport.NONE;
    for (String url : feeds) {
      FeedState state = parts.store().addFeed(url);
      boolean backingOff = state.failures() > 0 && !state.due(now);
      if (backingOff || (schedule && !state.due(now))) {
        continue;
      }
      report = report.plus(new FeedPoll(parts, items).poll(state));
    }
    parts.err().printf(Locale.ROOT, "sitrep: poll %d: %s%n", cycle, report.line());
    return report;
  }

  /** Polls until {@code stopped} says so, sleeping until the next feed is due. */
  public void run(List<String> feeds, Sleeper sleeper, BooleanSupplier stopped)
      throws InterruptedException {
    while (!stopped.getAsBoolean()) {
      try {
        poll(feeds, true);
      } catch (RuntimeException e) {
        // The store failed (locked, disk full, server gone): said, and tried again next cycle,
        // as a failing feed is; a watcher that stops silently is worse than one that retries.
        parts.err().println("sitrep: poll " + cycle + " failed: " + e.getMessage());
      }
      Duration wait = untilNextDue(feeds);
      parts.err().println("sitrep: next poll in " + human(wait));
      sleeper.sleep(wait);
    }
  }

  /** The time until the first of the feeds is due, at most the poll interval. */
  Duration untilNextDue(List<String> feeds) {
    Instant now = parts.clock().instant();
    Duration wait = parts.every();
    for (String url : feeds) {
      Optional<Instant> next = parts.store().feed(url).flatMap(FeedState::nextAttempt);
      if (next.isPresent()) {
        Duration until = Duration.between(now, next.get());
        if (until.compareTo(wait) < 0) {
          wait = until.isNegative() ? Duration.ZERO : until;
        }
      }
    }
    return wait;
  }

  /** "15 min", "2 h 5 min", "40 s". */
  public static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 120) {
      return s + " s";
    }
    long minutes = (s + 30) / 60;
    return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
  }

  /** The coder is made on the first article: a cycle with nothing new never loads the models. */
  private static Function<Article, CodedArticle> lazy(
      Supplier<? extends Function<Article, CodedArticle>> coders) {
    return new Function<>() {
      private @Nullable Function<Article, CodedArticle> coder;

      @Override
      public synchronized CodedArticle apply(Article article) {
        Function<Article, CodedArticle> c = coder;
        if (c == null) {
          c = coders.get();
          coder = c;
        }
        return c.apply(article);
      }
    };
  }
}
