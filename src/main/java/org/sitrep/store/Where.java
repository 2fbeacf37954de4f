package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * An {@link EventFilter} as SQL conditions over {@code events e}, every value a bound parameter.
 * Code prefixes become ranges ({@code RUS} to {@code RUS\uffff}) so that the code indexes serve
 * them, on SQLite and PostgreSQL alike (codes are upper-case letters and digits only).
 */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  static Where of(EventFilter f, Dialect dialect) {
    Where w = new Where();
    f.actor().ifPresent(prefix -> {
      w.prefix("actor", prefix);
      w.conditions.add("((e.source_code >= :actorLo AND e.source_code < :actorHi)"
          + " OR (e.target_code >= :actorLo AND e.target_code < :actorHi))");
    });
    f.source().ifPresent(prefix -> {
      w.prefix("source", prefix);
      w.conditions.add("e.source_code >= :sourceLo AND e.source_code < :sourceHi");
    });
    f.target().ifPresent(prefix -> {
      w.prefix("target", prefix);
      w.conditions.add("e.target_code >= :targetLo AND e.target_code < :targetHi");
    });
    f.country().ifPresent(country -> w.add(
        "(e.source_country = :country OR e.target_country = :country OR e.location_country = :country)",
        "country", country));
    f.code().ifPresent(prefix -> {
      w.prefix("code", prefix);
      w.conditions.add("e.code >= :codeLo AND e.code < :codeHi");
    });
    f.root().ifPresent(root -> w.add("e.root = :root", "root", root));
    f.quad().ifPresent(quad -> w.add("e.quad_class = :quad", "quad", quad));
    f.from().ifPresent(from -> w.add("e.event_date >= :from", "from", from.toString()));
    f.to().ifPresent(to -> w.add("e.event_date <= :to", "to", to.toString()));
    f.outlet().ifPresent(outlet -> w.add("e.outlet = :outlet", "outlet", outlet));
    f.article().ifPresent(article -> w.add("e.article_id = :article", "article", article));
    f.text().ifPresent(text -> w.add("e.sentence_id IN (" + dialect.sentenceMatch("text") + ")",
        "text", dialect.textQuery(text)));
    return w;
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

  /** Keyset paging: rows sorting after the cursor's (date, id), newest first. */
  Where after(Cursor cursor) {
    params.put("afterId", cursor.numericId());
    return add("(e.event_date < :afterDate OR (e.event_date = :afterDate AND e.id < :afterId))",
        "afterDate", cursor.key());
  }

  private void prefix(String name, String prefix) {
    params.put(name + "Lo", prefix);
    params.put(name + "Hi", prefix + '\uffff');
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
