package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jspecify.annotations.Nullable;

/** Events, newest first, and the aggregates the dashboard draws: per day, per dyad, per place. */
final class EventQueries {
  private static final int MAX_GROUPS = 5_000;
  private final Jdbi jdbi;
  private final Dialect dialect;

  EventQueries(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  Page<StoredEvent> events(EventFilter filter, PageRequest page) {
    if (Where.of(filter, dialect).matchesNothing()) {
      return new Page<>(List.of(), Optional.empty());
    }
    Optional<Cursor> after = page.cursor().map(Cursor::decode);
    List<StoredEvent> rows =
        jdbi.withHandle(
            handle -> {
              Optional<String> words = filter.text().map(typed -> dialect.textQuery(handle, typed));
              Optional<Long[]> fewMatches =
                  words.isPresent() && dialect == Dialect.POSTGRESQL
                      ? SentenceMatches.fewOnPostgresql(handle, words.get())
                      : Optional.empty();
              String text =
                  words.isPresent() && dialect == Dialect.SQLITE
                      ? SentenceMatches.condition(handle, words.get(), onlyTextAndDates(filter))
                      : fewMatches.isPresent()
                          ? Where.mentionSentence("= ANY(:textIds)")
                          : Where.sentenceIn(dialect);
              Where where;
              String sql;
              if (filter.actor().filter(prefix -> prefix.length() >= 3).isPresent()) {
                // Each side's newest events through its country's index, then the newest of both:
                // an OR
                // of the two sides would read and sort every event of a common actor for one page.
                where = Where.of(filter, dialect, Where.Side.SOURCE, text);
                Where target = Where.of(filter, dialect, Where.Side.TARGET, text);
                after.ifPresent(where::after);
                after.ifPresent(target::after);
                words.ifPresent(query -> target.param("text", query));
                sql =
                    "SELECT * FROM ("
                        + newest(where)
                        + ") s UNION SELECT * FROM ("
                        + newest(target)
                        + ") t"
                        + " ORDER BY event_date DESC, id DESC LIMIT :limit"; // both sides bind the
                // same parameters
              } else {
                where = Where.of(filter, dialect, Where.Side.EITHER, text);
                after.ifPresent(where::after);
                sql = newest(where);
              }
              fewMatches.ifPresent(ids -> where.param("textIds", ids));
              words.ifPresent(query -> where.param("text", query));
              return where
                  .bind(handle.createQuery(sql))
                  // the words stay bound when the matching sentences are given by their ids
                  .configure(
                      SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true))
                  .bind("limit", page.limit() + 1)
                  .map((rs, ctx) -> EventColumns.read(rs))
                  .list();
            });
    return page(
        rows, page.limit(), e -> new Cursor(e.event().date().toString(), Long.toString(e.id())));
  }

  Optional<StoredEvent> event(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM events e WHERE e.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> EventColumns.read(rs))
                .findOne());
  }

  List<StoredMention> mentions(long eventId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM mentions m WHERE m.event_id = :id ORDER BY m.id")
                .bind("id", eventId)
                .map((rs, ctx) -> EventColumns.readMention(rs))
                .list());
  }

  private static boolean onlyTextAndDates(EventFilter f) {
    return f.actor().isEmpty()
        && f.source().isEmpty()
        && f.target().isEmpty()
        && f.country().isEmpty()
        && f.code().isEmpty()
        && f.root().isEmpty()
        && f.quad().isEmpty()
        && f.outlet().isEmpty()
        && f.article().isEmpty()
        && f.minSources().isEmpty()
        && f.contested().isEmpty();
  }

  private static String newest(Where where) {
    return "SELECT e.* FROM events e"
        + where.sql()
        + " ORDER BY e.event_date DESC, e.id DESC LIMIT :limit";
  }

  List<DailyCount> daily(EventFilter filter) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing()) {
      return List.of();
    }
    String sql =
        "SELECT e.event_date, e.quad_class, COUNT(*), SUM(e.goldstein), COUNT(e.goldstein),"
            + " SUM(e.mentions), SUM(e.sources) FROM events e"
            + where.sql()
            + " GROUP BY e.event_date, e.quad_class ORDER BY e.event_date";
    Map<String, DailyCount.Builder> days = new LinkedHashMap<>();
    jdbi.useHandle(
        handle ->
            bind(handle, where, filter, sql)
                .map(
                    (rs, ctx) -> {
                      DailyCount.Builder day =
                          days.computeIfAbsent(rs.getString(1), DailyCount.Builder::new);
                      int quad = rs.getInt(2);
                      day.add(
                          rs.wasNull() ? 0 : quad,
                          rs.getLong(3),
                          rs.getLong(6),
                          rs.getLong(7),
                          rs.getDouble(4),
                          rs.getLong(5));
                      return day;
                    })
                .list());
    List<DailyCount> result = new ArrayList<>();
    days.values().forEach(day -> result.add(day.build()));
    return result;
  }

  List<DyadCount> dyads(EventFilter filter, int limit) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing()) {
      return List.of();
    }
    where.add("e.target_code IS NOT NULL");
    // the actors table names the few codes the CAMEO tables cannot; joined after the LIMIT
    String sql =
        "SELECT d.source_code, d.target_code, d.n, d.mean, s.name, t.name FROM (SELECT e.source_code,"
            + " e.target_code, COUNT(*) AS n, AVG(e.goldstein) AS mean FROM events e"
            + where.sql()
            + " GROUP BY e.source_code, e.target_code ORDER BY n DESC, e.source_code, e.target_code LIMIT :limit) d"
            + " LEFT JOIN actors s ON s.code = d.source_code LEFT JOIN actors t ON t.code = d.target_code"
            + " ORDER BY d.n DESC, d.source_code, d.target_code";
    return jdbi.withHandle(
        handle ->
            bind(handle, where, filter, sql)
                .bind("limit", Math.min(limit, MAX_GROUPS))
                .map(
                    (rs, ctx) -> {
                      String source = rs.getString(1);
                      String target = rs.getString(2);
                      long events = rs.getLong(3);
                      OptionalDouble mean = average(rs.getDouble(4), rs.wasNull());
                      return new DyadCount(
                          source,
                          target,
                          ActorLabels.codeName(source, orCode(rs.getString(5), source)),
                          ActorLabels.codeName(target, orCode(rs.getString(6), target)),
                          events,
                          mean);
                    })
                .list());
  }

  private static String orCode(@Nullable String name, String code) {
    return name == null ? code : name;
  }

  List<PlaceCount> places(EventFilter filter) {
    Where where = Where.of(filter, dialect);
    if (where.matchesNothing()) {
      return List.of();
    }
    where.add("e.location_lat IS NOT NULL");
    String sql =
        "SELECT e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_type,"
            + " COUNT(*) AS n,"
            + " AVG(e.goldstein), SUM(e.mentions), SUM(e.sources) FROM events e"
            + where.sql()
            + " GROUP BY e.location_name, e.location_country,"
            + " e.location_lat, e.location_lon, e.location_type ORDER BY n DESC LIMIT "
            + MAX_GROUPS;
    return jdbi.withHandle(
        handle ->
            bind(handle, where, filter, sql)
                .map(
                    (rs, ctx) ->
                        new PlaceCount(
                            rs.getString(1),
                            rs.getString(2),
                            Objects.requireNonNullElse(rs.getString(5), ""),
                            rs.getDouble(3),
                            rs.getDouble(4),
                            rs.getLong(6),
                            rs.getLong(8),
                            rs.getLong(9),
                            average(rs.getDouble(7), rs.wasNull())))
                .list());
  }

  /**
   * The query with the filter's values bound, its words as {@link Dialect#textQuery} reads them.
   */
  private Query bind(Handle handle, Where where, EventFilter filter, String sql) {
    filter.text().ifPresent(typed -> where.param("text", dialect.textQuery(handle, typed)));
    return where.bind(handle.createQuery(sql));
  }

  private static OptionalDouble average(double value, boolean wasNull) {
    return wasNull ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The first {@code limit} rows and, when there was one more, a cursor after the last of them. */
  static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursor) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, Optional.of(cursor.apply(items.get(limit - 1)).encode()));
  }
}
