package org.sitrep.watch;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.ingest.FeedItem;
import org.sitrep.ingest.FeedItems;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.store.FeedState;

/**
 * One poll of one feed: a conditional GET, then each item the store has not seen becomes an article
 * (from its page when it carries only a summary) that is coded and stored with the item's mark in
 * one transaction. The feed's new validators are kept only when every item was handed on: were they
 * kept while an item waits for a retry (its page timed out), the next poll would get a 304 and
 * never see that item again.
 *
 * <pre>{@code PollReport report = new FeedPoll(parts, items).poll(state);}</pre>
 */
final class FeedPoll {
  private static final long PROGRESS_NANOS = 3_000_000_000L;

  private final WatchParts parts;
  private final FeedItems items;
  private int stored;
  private int duplicates;
  private int refused;
  private int retry;
  private long events;

  FeedPoll(WatchParts parts, FeedItems items) {
    this.parts = parts;
    this.items = items;
  }

  PollReport poll(FeedState state) {
    Instant now = parts.clock().instant();
    Fetched feed;
    try {
      feed =
          parts
              .fetcher()
              .fetch(new URI(state.url()), state.etag(), state.lastModified(), Fetcher.FEED);
    } catch (FetchException e) {
      return failed(state, now, e.reason(), Optional.empty());
    } catch (URISyntaxException e) {
      return failed(state, now, "not a URL: " + e.getMessage(), Optional.empty());
    }
    if (feed.notModified()) {
      parts.store().updateFeed(state.succeeded(now, state.etag(), state.lastModified(), next(now)));
      say(state.url() + ": not modified");
      return new PollReport(1, 1, 0, 0, 0, 0, 0, 0);
    }
    if (!feed.ok()) {
      Optional<Duration> wait = feed.retryAfter().flatMap(v -> RetryAfter.parse(v, now));
      String error =
          "HTTP "
              + feed.status()
              + feed.retryAfter().map(v -> " (Retry-After: " + v + ")").orElse("");
      return failed(state, now, error, feed.transientFailure() ? wait : Optional.empty());
    }
    FeedItems.Parsed parsed = items.read(feed.body(), state.url());
    if (parsed.unreadable().isPresent()) {
      Problem p = parsed.unreadable().get();
      return failed(state, now, p.record() + ": " + p.reason(), Optional.empty());
    }
    handOn(state.url(), feed.uri(), parsed.items());
    Optional<String> etag = retry > 0 ? state.etag() : feed.etag();
    Optional<String> modified = retry > 0 ? state.lastModified() : feed.lastModified();
    parts.store().updateFeed(state.succeeded(now, etag, modified, next(now)));
    say(
        String.format(
            Locale.ROOT,
            "%s: %d items, %d stored, %d already stored, %d refused, %d left to retry",
            state.url(),
            parsed.items().size(),
            stored,
            duplicates,
            refused,
            retry));
    return new PollReport(1, 0, 0, stored, duplicates, refused, retry, events);
  }

  private void handOn(String feedUrl, URI base, List<FeedItem> all) {
    List<FeedItem> fresh = new ArrayList<>();
    for (FeedItem item : all) {
      if (!parts.store().seen(feedUrl, item.key())) {
        fresh.add(item);
      }
    }
    long start = System.nanoTime();
    long last = start;
    for (int i = 0; i < fresh.size(); i++) {
      item(feedUrl, base, fresh.get(i));
      long now = System.nanoTime();
      if (now - last >= PROGRESS_NANOS && i + 1 < fresh.size()) {
        last = now;
        double seconds = (now - start) / 1e9;
        say(
            String.format(
                Locale.ROOT,
                "%s: %d of %d new items, %.1f items/s, ETA %.0f s",
                feedUrl,
                i + 1,
                fresh.size(),
                (i + 1) / seconds,
                seconds / (i + 1) * (fresh.size() - i - 1)));
      }
    }
  }

  private void item(String feedUrl, URI base, FeedItem item) {
    Optional<byte[]> page = Optional.empty();
    if (item.summaryOnly()) {
      try {
        Fetched answer =
            parts
                .fetcher()
                .fetch(
                    base.resolve(new URI(item.link().orElseThrow().strip())),
                    Optional.empty(),
                    Optional.empty(),
                    Fetcher.PAGE);
        if (answer.ok()) {
          page = Optional.of(answer.body());
        } else if (answer.transientFailure()) {
          later(item, "its page answered HTTP " + answer.status());
          return;
        } else if (!item.hasText()) {
          refuse(feedUrl, item, "its page " + answer.uri() + " answered HTTP " + answer.status());
          return;
        }
      } catch (FetchException e) {
        if (!e.lasting()) {
          later(item, e.reason());
          return;
        }
        if (!item.hasText()) {
          refuse(feedUrl, item, e.reason());
          return;
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        if (!item.hasText()) {
          refuse(feedUrl, item, "its link is not a URL: " + item.link().orElse(""));
          return;
        }
      }
    }
    List<Article> article = new ArrayList<>(1);
    List<Problem> problem = new ArrayList<>(1);
    items.article(item, page, article::add, problem::add);
    if (!problem.isEmpty()) {
      refuse(feedUrl, item, problem.get(0).record() + ": " + problem.get(0).reason());
      return;
    }
    code(feedUrl, item, article.get(0));
  }

  private void code(String feedUrl, FeedItem item, Article article) {
    if (parts.store().contains(article)) {
      parts.store().markSeen(feedUrl, item.key(), "duplicate");
      duplicates++;
      return;
    }
    CodedArticle coded;
    try {
      coded = parts.coder().apply(article);
    } catch (RuntimeException e) {
      refuse(feedUrl, item, "could not be coded: " + e.getMessage());
      return;
    }
    if (parts.store().save(coded, feedUrl, item.key())) {
      stored++;
      events += coded.events().size();
    } else {
      duplicates++;
    }
  }

  private void refuse(String feedUrl, FeedItem item, String reason) {
    parts.store().markSeen(feedUrl, item.key(), "refused: " + reason);
    say(item.origin() + ": " + reason + "; skipped");
    refused++;
  }

  private void later(FeedItem item, String reason) {
    say(item.origin() + ": " + reason + "; tried again next poll");
    retry++;
  }

  private PollReport failed(
      FeedState state, Instant now, String error, Optional<Duration> retryAfter) {
    Instant next = parts.backoff().next(state.failures() + 1, retryAfter, now);
    parts.store().updateFeed(state.failed(now, error, next));
    say(
        state.url()
            + ": "
            + error
            + "; failure "
            + (state.failures() + 1)
            + " in a row, next attempt in "
            + Watcher.human(Duration.between(now, next)));
    return new PollReport(1, 0, 1, 0, 0, 0, 0, 0);
  }

  private Instant next(Instant now) {
    return now.plus(parts.every());
  }

  private void say(String line) {
    PrintStream err = parts.err();
    err.println("sitrep: " + line);
  }
}
