package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Reads a feed fetched over HTTP into its items, and makes each item an article, from the page it
 * links to when the item carries only a summary. The same checks as for files apply (English,
 * dated, not too large); an item's id is its guid, else a hash of its link, as for a feed file, so
 * an item read from a saved feed and from the live one is the same article.
 *
 * <pre>{@code
 * FeedItems feeds = new FeedItems(IngestOptions.defaults().withDefaultDate(today));
 * FeedItems.Parsed parsed = feeds.read(bytes, "https://example.org/world.rss");
 * }</pre>
 */
public final class FeedItems {
  private final DraftCheck check;

  public FeedItems(IngestOptions options) {
    this.check = new DraftCheck(options);
  }

  /** The items of a feed, or why it is no feed at all. */
  public record Parsed(List<FeedItem> items, Optional<Problem> unreadable) {
    public Parsed {
      items = List.copyOf(items);
      Objects.requireNonNull(unreadable, "unreadable");
    }
  }

  /** The feed's items in document order; a feed that is not one is a problem, never a throw. */
  public Parsed read(byte[] bytes, String name) {
    try {
      if (Utf8Text.isBlank(bytes)) {
        throw new BadInput("file", "empty response");
      }
      List<Draft> drafts = FeedArticles.drafts(bytes);
      List<FeedItem> items = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        items.add(new FeedItem(drafts.get(i), name, i + 1));
      }
      return new Parsed(items, Optional.empty());
    } catch (BadInput e) {
      return new Parsed(List.of(), Optional.of(new Problem(name, e.record(), e.reason())));
    }
  }

  /**
   * The item's article: with {@code page} (the linked page's bytes) its text is the page's article
   * text when that is longer than the item's, and the page fills what the item leaves out (date,
   * title); without it, the item's own text. A problem instead when neither gives an article.
   */
  public void article(
      FeedItem item,
      Optional<byte[]> page,
      Consumer<Article> articles,
      Consumer<Problem> problems) {
    Draft own = item.draft();
    Draft draft = own;
    if (page.isPresent()) {
      try {
        Draft read = HtmlArticles.draft(HtmlArticles.decode(page.get()));
        draft = merged(own, read);
      } catch (BadInput e) {
        if (!item.hasText()) {
          problems.accept(new Problem(item.origin(), "page " + own.url().orElse(""), e.reason()));
          return;
        }
      }
    }
    try {
      Draft keyed =
          new Draft(
              Optional.of(own.id().orElseGet(() -> item.key())),
              draft.published(),
              draft.outlet(),
              draft.title(),
              draft.text(),
              own.url());
      articles.accept(check.article(keyed, item.origin(), item.record()));
    } catch (BadInput e) {
      problems.accept(new Problem(item.origin(), e.record(), e.reason()));
    }
  }

  private static Draft merged(Draft item, Draft page) {
    int itemChars = item.text().map(String::length).orElse(0);
    int pageChars = page.text().map(String::length).orElse(0);
    return new Draft(
        item.id(),
        item.published().or(page::published),
        item.outlet().or(page::outlet),
        item.title().or(page::title),
        pageChars > itemChars ? page.text() : item.text(),
        item.url());
  }
}
