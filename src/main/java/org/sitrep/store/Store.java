package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;

/**
 * sitrep's event store: coded articles go in once, queries come out. It runs on a SQLite file (the
 * default: nothing to install) or on PostgreSQL for shared use, with the same schema, migrated by
 * Flyway when opened.
 *
 * <pre>{@code
 * Store store = Store.open("sitrep.db");
 * store.save(coded);
 * store.events(EventFilter.of(Map.of("actor", "RUS", "root", "19")), PageRequest.first(50));
 * }</pre>
 *
 * <p>Holds a few open connections until {@link #close()}. Safe for use from several threads; an
 * article is stored in one transaction, so readers never see half of one and a killed writer leaves
 * none behind.
 */
public final class Store implements AutoCloseable {
  private final Database database;
  private final ArticleWriter writer;
  private final EventQueries events;
  private final ArticleQueries articles;
  private final FeedLog feeds;
  private final ReportQueries reports;

  private Store(Database database) {
    this.database = database;
    this.writer = new ArticleWriter(database.jdbi(), database.dialect());
    this.events = new EventQueries(database.jdbi(), database.dialect());
    this.articles = new ArticleQueries(database.jdbi());
    this.feeds = new FeedLog(database.jdbi());
    this.reports = new ReportQueries(database.jdbi(), database.dialect());
  }

  /**
   * Opens (and creates or migrates) the store at {@code where}: a file name for SQLite, or a {@code
   * jdbc:sqlite:} or {@code jdbc:postgresql:} URL.
   *
   * @throws StoreException when it cannot be opened, saying why
   */
  public static Store open(String where) {
    return new Store(Database.open(where));
  }

  /** {@code url} with any password left out, for messages about a store that is not open. */
  public static String redacted(String url) {
    return Database.describe(url);
  }

  /** The store's URL, passwords left out. */
  public String describe() {
    return database.describe();
  }

  /** Whether this article (same id, or same text) is stored already: then it need not be coded. */
  public boolean contains(Article article) {
    return guarded(() -> writer.contains(article));
  }

  /** Stores a coded article; false, changing nothing, when it is stored already. */
  public boolean save(CodedArticle coded) {
    return guarded(() -> writer.save(coded));
  }

  /**
   * Stores an article that came from a feed and marks the item seen in the same transaction, so a
   * process killed in between leaves neither; the item is marked also when the article was stored
   * already (then false is returned and nothing else changes).
   */
  public boolean save(CodedArticle coded, String feedUrl, String itemKey) {
    return guarded(
        () ->
            writer.save(
                coded,
                (handle, stored) ->
                    FeedLog.mark(
                        handle,
                        feedUrl,
                        itemKey,
                        stored ? "stored" : "duplicate",
                        Optional.of(coded.article().id()))));
  }

  /** Starts keeping state for a feed (nothing changes if it is kept already); its state. */
  public FeedState addFeed(String url) {
    return guarded(() -> feeds.add(url));
  }

  /** Every watched feed's state, by URL. */
  public List<FeedState> feeds() {
    return guarded(feeds::all);
  }

  public Optional<FeedState> feed(String url) {
    return guarded(() -> feeds.find(url));
  }

  /** Writes a feed's state after a poll (its item counts are the store's and stay as they are). */
  public void updateFeed(FeedState state) {
    guarded(
        () -> {
          feeds.update(state);
          return true;
        });
  }

  /** Whether the feed has handed this item on already (stored, duplicate or refused for good). */
  public boolean seen(String feedUrl, String itemKey) {
    return guarded(() -> feeds.seen(feedUrl, itemKey));
  }

  /** Marks an item handed on without storing an article: {@code outcome} says why. */
  public void markSeen(String feedUrl, String itemKey, String outcome) {
    guarded(
        () -> {
          feeds.mark(feedUrl, itemKey, outcome);
          return true;
        });
  }

  public Page<StoredEvent> events(EventFilter filter, PageRequest page) {
    return guarded(() -> events.events(filter, page));
  }

  /** Events per day, oldest first, with their quad classes and mean Goldstein score. */
  public List<DailyCount> daily(EventFilter filter) {
    return guarded(() -> events.daily(filter));
  }

  /** The {@code limit} dyads with most events. */
  public List<DyadCount> dyads(EventFilter filter, int limit) {
    return guarded(() -> events.dyads(filter, limit));
  }

  /** Places of located events, busiest first. */
  public List<PlaceCount> places(EventFilter filter) {
    return guarded(() -> events.places(filter));
  }

  public Page<StoredQuote> quotes(QuoteFilter filter, PageRequest page) {
    return guarded(() -> articles.quotes(filter, page));
  }

  /** Actors whose code starts with, or whose name contains, {@code text}; most events first. */
  public List<ActorSummary> actors(Optional<String> text, int limit) {
    return guarded(() -> articles.actors(text, limit));
  }

  public Page<ArticleSummary> articles(ArticleFilter filter, PageRequest page) {
    return guarded(() -> articles.articles(filter, page));
  }

  /** The event with this id, as first told, with its coverage. */
  public Optional<StoredEvent> event(long id) {
    return guarded(() -> events.event(id));
  }

  /** The reports of the event with this id, in the order they were stored (none if no event). */
  public List<StoredMention> mentions(long eventId) {
    return guarded(() -> events.mentions(eventId));
  }

  /** The date of the newest event the filter matches, if any. */
  public Optional<LocalDate> latestEventDate(EventFilter filter) {
    return guarded(() -> reports.latest(filter));
  }

  /**
   * The filter's events grouped by period, dyad, quad class and place country, in no order: the
   * periods start on {@code starts} (newest first), the first ends with the filter's dates.
   */
  public List<DyadTally> dyadTallies(EventFilter filter, List<LocalDate> starts) {
    return guarded(() -> reports.dyadTallies(filter, starts));
  }

  /** The first {@code limit} (at most 100) events of the filter in the ranking's order. */
  public List<StoredEvent> ranked(EventFilter filter, EventRanking ranking, int limit) {
    return guarded(() -> reports.ranked(filter, ranking, limit));
  }

  /** Up to {@code limit} (at most 100) quotes whose speaker resolved to an actor, newest first. */
  public List<SpokenQuote> spokenQuotes(QuoteFilter filter, int limit) {
    return guarded(() -> reports.spokenQuotes(filter, limit));
  }

  public Optional<StoredArticle> article(String id) {
    return guarded(() -> articles.article(id));
  }

  @Override
  public void close() {
    database.close();
  }

  private <T> T guarded(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException(database.describe() + ": " + cause.getMessage(), e);
    }
  }
}
