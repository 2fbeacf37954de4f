package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;

/** Articles with what was coded from them, quotes, and actors. */
final class ArticleQueries {
  private final Jdbi jdbi;

  ArticleQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Optional<StoredArticle> article(String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM articles WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> readArticle(rs))
                .findOne()
                .map(
                    article ->
                        new StoredArticle(
                            article,
                            sentences(handle, id),
                            events(handle, id),
                            quotes(handle, id))));
  }

  Page<ArticleSummary> articles(ArticleFilter filter, PageRequest page) {
    Where where = new Where();
    filter.outlet().ifPresent(outlet -> where.add("a.outlet = :outlet", "outlet", outlet));
    filter.from().ifPresent(from -> where.add("a.published >= :from", "from", from.toString()));
    filter.to().ifPresent(to -> where.add("a.published <= :to", "to", to.toString()));
    filter
        .text()
        .ifPresent(text -> where.add("LOWER(a.title) LIKE :title ESCAPE '!'", "title", like(text)));
    page.cursor()
        .map(Cursor::decode)
        .ifPresent(
            c ->
                where
                    .add(
                        "(COALESCE(a.published, '') < :afterKey OR (COALESCE(a.published, '') = :afterKey AND a.id < :afterId))",
                        "afterKey",
                        c.key())
                    .param("afterId", c.id()));
    String sql =
        "SELECT a.id, a.published, a.outlet, a.title, a.url,"
            // what the article reports, whether its reports founded events or joined earlier ones
            + " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS n FROM articles a"
            + where.sql()
            + " ORDER BY COALESCE(a.published, '') DESC, a.id DESC LIMIT :limit";
    List<ArticleSummary> rows =
        jdbi.withHandle(
            handle ->
                where
                    .bind(handle.createQuery(sql))
                    .bind("limit", page.limit() + 1)
                    .map(
                        (rs, ctx) ->
                            new ArticleSummary(
                                rs.getString("id"),
                                date(rs.getString("published")),
                                Optional.ofNullable(rs.getString("outlet")),
                                Optional.ofNullable(rs.getString("title")),
                                Optional.ofNullable(rs.getString("url")),
                                rs.getLong("n")))
                    .list());
    return EventQueries.page(
        rows,
        page.limit(),
        a -> new Cursor(a.published().map(Object::toString).orElse(""), a.id()));
  }

  Page<StoredQuote> quotes(QuoteFilter filter, PageRequest page) {
    Where where = new Where();
    filter
        .speaker()
        .ifPresent(
            prefix ->
                where
                    .add("q.speaker_code >= :speakerLo", "speakerLo", prefix)
                    .add("q.speaker_code < :speakerHi", "speakerHi", prefix + '\uffff'));
    filter.article().ifPresent(article -> where.add("q.article_id = :article", "article", article));
    filter
        .text()
        .ifPresent(text -> where.add("LOWER(q.text) LIKE :text ESCAPE '!'", "text", like(text)));
    filter.outlet().ifPresent(outlet -> where.add("a.outlet = :outlet", "outlet", outlet));
    filter.from().ifPresent(from -> where.add("a.published >= :from", "from", from.toString()));
    filter.to().ifPresent(to -> where.add("a.published <= :to", "to", to.toString()));
    page.cursor()
        .map(Cursor::decode)
        .ifPresent(c -> where.add("q.id < :afterId", "afterId", c.numericId()));
    String sql =
        "SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id"
            + where.sql()
            + " ORDER BY q.id DESC LIMIT :limit";
    List<StoredQuote> rows =
        jdbi.withHandle(
            handle ->
                where
                    .bind(handle.createQuery(sql))
                    .bind("limit", page.limit() + 1)
                    .map((rs, ctx) -> readQuote(rs))
                    .list());
    return EventQueries.page(rows, page.limit(), q -> new Cursor("", Long.toString(q.id())));
  }

  List<ActorSummary> actors(Optional<String> text, int limit) {
    Where where = new Where();
    text.ifPresent(
        t ->
            where
                .add(
                    "(code >= :codeLo AND code < :codeHi OR LOWER(name) LIKE :name ESCAPE '!')",
                    "codeLo",
                    t.toUpperCase(Locale.ROOT))
                .param("codeHi", t.toUpperCase(Locale.ROOT) + '\uffff')
                .param("name", like(t)));
    String sql = "SELECT * FROM actors" + where.sql() + " ORDER BY events DESC, code LIMIT :limit";
    return jdbi.withHandle(
        handle ->
            where
                .bind(handle.createQuery(sql))
                .bind("limit", Math.min(limit, PageRequest.MAX_LIMIT))
                .map(
                    (rs, ctx) ->
                        new ActorSummary(
                            rs.getString("code"),
                            ActorLabels.codeName(rs.getString("code"), rs.getString("name")),
                            rs.getLong("events"),
                            rs.getLong("as_source"),
                            rs.getLong("as_target")))
                .list());
  }

  private static List<Sentence> sentences(Handle handle, String id) {
    return handle
        .createQuery(
            "SELECT idx, text, start_offset, end_offset FROM sentences WHERE article_id = :id"
                + " ORDER BY idx")
        .bind("id", id)
        .map((rs, ctx) -> new Sentence(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
        .list();
  }

  private static List<StoredEvent> events(Handle handle, String id) {
    return handle
        .createQuery(
            "SELECT m.*, e.mentions, e.articles, e.sources, e.first_seen, e.last_seen, e.contested"
                + " FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = :id"
                + " ORDER BY m.sentence_idx, m.id")
        .bind("id", id)
        .map((rs, ctx) -> EventColumns.readReport(rs))
        .list();
  }

  private static List<StoredQuote> quotes(Handle handle, String id) {
    return handle
        .createQuery(
            "SELECT * FROM quotes q WHERE q.article_id = :id ORDER BY q.start_offset, q.id")
        .bind("id", id)
        .map((rs, ctx) -> readQuote(rs))
        .list();
  }

  private static Article readArticle(ResultSet rs) throws SQLException {
    return new Article(
        rs.getString("id"),
        date(rs.getString("published")),
        Optional.ofNullable(rs.getString("outlet")),
        Optional.ofNullable(rs.getString("title")),
        rs.getString("text"),
        Optional.ofNullable(rs.getString("url")),
        rs.getString("origin"));
  }

  static StoredQuote readQuote(ResultSet rs) throws SQLException {
    return new StoredQuote(
        rs.getLong("id"),
        new Quote(
            rs.getString("article_id"),
            rs.getString("speaker_text"),
            Optional.ofNullable(rs.getString("speaker_code")).map(ActorCode::of),
            rs.getString("text"),
            rs.getInt("start_offset"),
            rs.getInt("end_offset")));
  }

  private static Optional<LocalDate> date(String text) {
    return Optional.ofNullable(text).map(LocalDate::parse);
  }

  /** A LIKE pattern for a substring, its own % and _ escaped. */
  private static String like(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
