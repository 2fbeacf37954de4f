package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * What a situation report reads: the newest event date, events grouped by day and dyad, a few
 * ranked events, and quotes with their articles. Every query is bounded by the filter's dates,
 * which the events' date index reads as a range.
 */
final class ReportQueries {
  private static final int MAX_RANKED = 100;
  private static final int SHORTEST_QUOTE = 20;
  private final Jdbi jdbi;
  private final Dialect dialect;

  ReportQueries(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  Optional<LocalDate> latest(EventFilter filter) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing()) {
      return Optional.empty();
    }
    String sql = "SELECT MAX(e.event_date) FROM events e" + where.sql();
    return jdbi.withHandle(
        handle ->
            bound(handle, where, filter, sql)
                .map((rs, ctx) -> Optional.ofNullable(rs.getString(1)).map(LocalDate::parse))
                .one());
  }

  /**
   * The filter's events from {@code starts.get(last)} on, grouped by which period they fall in
   * (period k runs from {@code starts.get(k)} up to the day before the start of period k - 1; the
   * first, up to the filter's end), dyad, countries and quad class. A CASE over the ISO dates,
   * which sort as text on both databases, keeps the rows to one per period rather than per day.
   */
  List<DyadTally> dyadTallies(EventFilter filter, List<LocalDate> starts) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing() || starts.isEmpty()) {
      return List.of();
    }
    StringBuilder bucket = new StringBuilder("CASE");
    for (int k = 0; k < starts.size(); k++) {
      bucket.append(" WHEN e.event_date >= :start").append(k).append(" THEN ").append(k);
      where.param("start" + k, starts.get(k).toString());
    }
    bucket.append(" ELSE -1 END");
    where.add("e.event_date >= :earliest", "earliest", starts.get(starts.size() - 1).toString());
    String sql =
        "SELECT "
            + bucket
            + " AS period, e.source_code, e.target_code, e.source_country, e.target_country,"
            + " e.location_country, e.quad_class, COUNT(*), SUM(e.goldstein), COUNT(e.goldstein),"
            + " MIN(e.source_name), MIN(e.target_name) FROM events e"
            + where.sql()
            + " GROUP BY 1, e.source_code, e.target_code, e.source_country,"
            + " e.target_country, e.location_country, e.quad_class";
    return jdbi.withHandle(
        handle ->
            bound(handle, where, filter, sql)
                .map(
                    (rs, ctx) -> {
                      String source = rs.getString(2);
                      int quad = rs.getInt(7);
                      boolean unscored = rs.wasNull();
                      return new DyadTally(
                          rs.getInt(1),
                          source,
                          optional(rs.getString(3)),
                          rs.getString(4),
                          optional(rs.getString(5)),
                          optional(rs.getString(6)),
                          unscored ? 0 : quad,
                          rs.getLong(8),
                          rs.getDouble(9),
                          rs.getLong(10),
                          orElse(rs.getString(11), source),
                          optional(rs.getString(12)));
                    })
                .list());
  }

  List<StoredEvent> ranked(EventFilter filter, EventRanking ranking, int limit) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing()) {
      return List.of();
    }
    where.add(ranking.condition);
    String sql = "SELECT e.* FROM events e" + where.sql() + " ORDER BY " + ranking.order;
    return jdbi.withHandle(
        handle ->
            bound(handle, where, filter, sql + " LIMIT :limit")
                .bind("limit", Math.max(1, Math.min(limit, MAX_RANKED)))
                .map((rs, ctx) -> EventColumns.read(rs))
                .list());
  }

  /**
   * Quotes of 20 characters or more with a resolved speaker, from articles published in the
   * filter's dates, newest first.
   */
  List<SpokenQuote> spokenQuotes(QuoteFilter filter, int limit) {
    Where where = new Where();
    where.add("q.speaker_code IS NOT NULL");
    // a notable quote says something: "violations" alone is a word quoted, not a statement
    where.add("LENGTH(q.text) >= :shortest", "shortest", SHORTEST_QUOTE);
    filter
        .speaker()
        .ifPresent(
            prefix ->
                where
                    .add("q.speaker_code >= :speakerLo", "speakerLo", prefix)
                    .add("q.speaker_code < :speakerHi", "speakerHi", prefix + '\uffff'));
    filter.from().ifPresent(from -> where.add("a.published >= :from", "from", from.toString()));
    filter.to().ifPresent(to -> where.add("a.published <= :to", "to", to.toString()));
    String sql =
        "SELECT q.*, a.outlet AS article_outlet, a.url AS article_url,"
            + " a.published AS article_published FROM quotes q JOIN articles a ON a.id = q.article_id"
            + where.sql()
            + " ORDER BY a.published DESC, q.id DESC LIMIT :limit";
    return jdbi.withHandle(
        handle ->
            where
                .bind(handle.createQuery(sql))
                .bind("limit", Math.max(1, Math.min(limit, MAX_RANKED)))
                .map(
                    (rs, ctx) ->
                        new SpokenQuote(
                            ArticleQueries.readQuote(rs),
                            optional(rs.getString("article_outlet")),
                            optional(rs.getString("article_url")),
                            optional(rs.getString("article_published")).map(LocalDate::parse)))
                .list());
  }

  private org.jdbi.v3.core.statement.Query bound(
      org.jdbi.v3.core.Handle handle, Where where, EventFilter filter, String sql) {
    filter.text().ifPresent(typed -> where.param("text", dialect.textQuery(handle, typed)));
    return where.bind(handle.createQuery(sql));
  }

  private static Optional<String> optional(@Nullable String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }

  private static String orElse(@Nullable String value, String otherwise) {
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
