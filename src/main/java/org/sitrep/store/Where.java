package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * An {@link EventFilter} as SQL conditions over {@code events e}, every value a bound parameter.
 * Code prefixes become ranges ({@code RUS} to {@code RUS\uffff}), on SQLite and PostgreSQL alike
 * (codes are upper-case letters and digits only). What a prefix implies is stated as well, for the
 * indexes that read the newest events first: an actor prefix of three letters or more fixes the
 * side's country, an event code prefix of two digits or more its root.
 */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * Which side of an event the {@code actor} filter is asked of: either, as {@link EventFilter}
   * means it, or one side, for a query that asks each side apart and merges the answers.
   */
  enum Side {
    EITHER,
    SOURCE,
    TARGET
  }

  static Where of(EventFilter f, Dialect dialect) {
    return of(f, dialect, Side.EITHER, sentenceIn(dialect));
  }

  /** The filter with its actor on {@code side}, and its words matched by {@code textCondition}. */
  static Where of(EventFilter f, Dialect dialect, Side side, String textCondition) {
    Where w = new Where();
    f.actor()
        .ifPresent(
            prefix -> {
              w.prefix("actor", prefix);
              String source = w.side("source", "actor");
              String target = w.side("target", "actor");
              w.conditions.add(
                  switch (side) {
                    case EITHER -> "(" + source + " OR " + target + ")";
                    case SOURCE -> source;
                    case TARGET -> target;
                  });
            });
    f.source()
        .ifPresent(
            prefix -> {
              w.prefix("source", prefix);
              w.conditions.add(w.side("source", "source"));
            });
    f.target()
        .ifPresent(
            prefix -> {
              w.prefix("target", prefix);
              w.conditions.add(w.side("target", "target"));
            });
    f.country()
        .ifPresent(
            country ->
                w.add(
                    "(e.source_country = :country OR e.target_country = :country OR e.location_country = :country)",
                    "country",
                    country));
    f.code()
        .ifPresent(
            prefix -> {
              w.prefix("code", prefix);
              w.conditions.add("e.code >= :codeLo AND e.code < :codeHi");
              if (prefix.length() >= 2) { // the root it implies: its index keeps the newest first
                w.add("e.root = :codeRoot", "codeRoot", prefix.substring(0, 2));
              }
            });
    f.root().ifPresent(root -> w.add("e.root = :root", "root", root));
    f.quad().ifPresent(quad -> w.add("e.quad_class = :quad", "quad", quad));
    f.from().ifPresent(from -> w.add("e.event_date >= :from", "from", from.toString()));
    f.to().ifPresent(to -> w.add("e.event_date <= :to", "to", to.toString()));
    w.reports(f);
    f.text().ifPresent(text -> w.add(textCondition, "text", dialect.textQuery(text)));
    return w;
  }

  /** The conditions on an event's reports: who reported it, how widely, whether they agree. */
  private void reports(EventFilter f) {
    // an event is an outlet's or an article's when one of its mentions is
    f.outlet()
        .ifPresent(
            outlet ->
                add(
                    "EXISTS (SELECT 1 FROM mentions m WHERE m.outlet = :outlet AND m.event_id = e.id)",
                    "outlet",
                    outlet));
    f.article()
        .ifPresent(
            article ->
                add(
                    "e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id = :article)",
                    "article",
                    article));
    f.minSources().ifPresent(n -> add("e.sources >= :minSources", "minSources", n));
    f.contested().ifPresent(contested -> add(contested ? "e.contested <> ''" : "e.contested = ''"));
  }

  /** Free text as events with a mention whose sentence is among those matching {@code :text}. */
  static String sentenceIn(Dialect dialect) {
    return mentionSentence("IN (" + dialect.sentenceMatch("text") + ")");
  }

  /** Events with a mention whose sentence id meets {@code condition} ("IN (...)", "= ANY(...)"). */
  static String mentionSentence(String condition) {
    return "e.id IN (SELECT m.event_id FROM mentions m WHERE m.sentence_id " + condition + ")";
  }

  Where add(String condition, String name, Object value) {
    conditions.add(condition);
    params.put(name, value);
    return this;
  }

  Where param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  Where add(String condition) {
    conditions.add(condition);
    return this;
  }

  /**
   * Keyset paging: rows sorting after the cursor's (date, id), newest first. The date bound is
   * stated on its own as well, so that it is a range of the date indexes whatever the planner makes
   * of the OR (as one OR, it read and sorted every event before a page of one).
   */
  Where after(Cursor cursor) {
    params.put("afterId", cursor.numericId());
    return add(
        "e.event_date <= :afterDate AND (e.event_date < :afterDate OR e.id < :afterId)",
        "afterDate",
        cursor.key());
  }

  private void prefix(String name, String prefix) {
    params.put(name + "Lo", prefix);
    params.put(name + "Hi", prefix + '\uffff');
    if (prefix.length() >= 3) {
      params.put(name + "Country", prefix.substring(0, 3));
    }
  }

  /**
   * The prefix {@code name} on one side ({@code source} or {@code target}). A prefix of three
   * letters or more also fixes the side's country, the code's first three letters (as {@link
   * EventColumns#country} stores it): the country's index then reads the newest events first.
   */
  private String side(String column, String name) {
    String range =
        "e." + column + "_code >= :" + name + "Lo AND e." + column + "_code < :" + name + "Hi";
    return params.containsKey(name + "Country")
        ? "(e." + column + "_country = :" + name + "Country AND " + range + ")"
        : "(" + range + ")";
  }

  /** {@code WHERE a AND b ...}, or nothing when there is no condition. */
  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Whether free text asked for words with no letter or digit: then nothing can match. */
  boolean matchesNothing() {
    Object text = params.get("text");
    return text != null && text.toString().isBlank();
  }

  Query bind(Query query) {
    return query.bindMap(params);
  }
}
