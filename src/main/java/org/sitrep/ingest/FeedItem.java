package org.sitrep.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One item of a fetched feed, before it becomes an article: its key (the guid, else the link, else
 * a hash of its text or title), its link, and whether it carries only a summary, so that the page
 * it links to should be fetched for the article's text ({@link FeedItems#article}).
 *
 * <pre>{@code for (FeedItem item : parsed.items()) if (item.summaryOnly()) fetch(item.link()); }
 * </pre>
 */
public final class FeedItem {
  /**
   * Items with less text than this carry a summary, not the article: feeds that give the whole
   * article give thousands of characters, summaries a sentence or three.
   */
  public static final int SUMMARY_CHARS = 1000;

  private final Draft draft;
  private final String feed;
  private final int index;

  FeedItem(Draft draft, String feed, int index) {
    this.draft = Objects.requireNonNull(draft, "draft");
    this.feed = Objects.requireNonNull(feed, "feed");
    this.index = index;
  }

  Draft draft() {
    return draft;
  }

  /** What the store remembers the item by: guid, else link, else a hash of text or title. */
  public String key() {
    return draft
        .id()
        .or(draft::url)
        .orElseGet(
            () -> DraftCheck.hash(draft.text().orElse("") + "\n" + draft.title().orElse("")));
  }

  public Optional<String> link() {
    return draft.url();
  }

  /** {@code item 3}: where problems say it was. */
  public String record() {
    return "item " + index;
  }

  /** {@code https://example.org/feed.rss: item 3}: the article's origin. */
  public String origin() {
    return feed + ": " + record();
  }

  /** Whether the item links to a page and carries less text than an article. */
  public boolean summaryOnly() {
    return draft.url().isPresent()
        && draft.text().map(String::strip).map(String::length).orElse(0) < SUMMARY_CHARS;
  }

  public boolean hasText() {
    return draft.text().filter(t -> !t.isBlank()).isPresent();
  }
}
