package org.sitrep.store;

import static java.util.stream.Collectors.toCollection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.merge.Report;
import org.sitrep.merge.SameEvent;
import org.sitrep.model.Event;

/*
 * Design note. Asking for the candidates of a new mention is the merger's hot path: one query per
 * mention, some twenty per article. Its text is the same whatever the mention (three roots, padded
 * by repeating one), so it is prepared once per article and only bound again; preparing it anew
 * cost as much as running it. It asks the mentions_merge index (source country, root, date, target
 * country, event) for the events holding a mention the new one can be scored against at all: of
 * its root family, in its date window, with its source's country as source (and its target's as
 * target, where both have one) or its countries swapped. SameEvent rules out any other. The index
 * holds all that query needs, so it reads no row. The mentions of each candidate are then read
 * once per article: an article's mentions are mostly of one dyad and a few days, so they share
 * their candidates, and reading those again for every mention was most of the cost. Their ids come
 * from the mentions_event index alone; a mention's row is read only when the ReportCache does not
 * keep its report from an earlier article (70% fewer rows read in bench-store). An earlier
 * query went through events_source and events_target, looking up every event of either country in
 * the window; at a million mentions the merger stored 771 mentions/s with it, 1,814 without.
 */

/**
 * The stored reports of the events a new mention could be, read within the article's writing, or
 * taken from the reports kept since earlier articles.
 */
final class CandidateReports implements AutoCloseable {
  /** Enough candidates for the busiest dyad-day; the newest are asked first. */
  static final int MAX_CANDIDATES = 200;

  /** The stored mentions of one root family and window from one source country. */
  private static final String FROM_SOURCE =
      "SELECT f.event_id FROM mentions f WHERE f.source_country = ? AND f.root IN (?, ?, ?)"
          + " AND f.event_date BETWEEN ? AND ?";

  /** The ids of the candidate events, newest first: read from the index alone. */
  private static final String CANDIDATES =
      "SELECT c.event_id FROM ("
          // the same direction: the source's country, and the target's where both have one
          + FROM_SOURCE
          + " AND (? = 0 OR f.target_country IS NULL OR f.target_country = ?)"
          // or the two swapped; with no target, a domestic event of the source, already asked for
          + " UNION "
          + FROM_SOURCE
          + " AND f.target_country = ?"
          + ") c ORDER BY c.event_id DESC LIMIT ?";

  /** The ids of one event's mentions in the order they were told: from the index alone. */
  private static final String MENTION_IDS =
      "SELECT id FROM mentions WHERE event_id = ? ORDER BY id";

  /** Mentions read by one query: each query costs about as much again as reading one row. */
  private static final int READ_AT_ONCE = 32;

  /** Up to {@link #READ_AT_ONCE} mentions. */
  private static final String MENTIONS =
      "SELECT * FROM mentions WHERE id IN ("
          + String.join(", ", Collections.nCopies(READ_AT_ONCE, "?"))
          + ")";

  private final PreparedStatement candidates;
  private final PreparedStatement mentionIds;
  private final PreparedStatement mentions;
  private final ReportCache cache;
  private final Map<Asked, Set<Long>> answers = new HashMap<>();

  private CandidateReports(
      PreparedStatement candidates,
      PreparedStatement mentionIds,
      PreparedStatement mentions,
      ReportCache cache) {
    this.candidates = candidates;
    this.mentionIds = mentionIds;
    this.mentions = mentions;
    this.cache = cache;
  }

  /**
   * Prepares the queries on the article's connection, for the length of its transaction; reports
   * read are kept in {@code cache} for the next articles.
   */
  static CandidateReports prepare(Connection connection, ReportCache cache) {
    List<PreparedStatement> prepared = new ArrayList<>();
    try {
      for (String sql : List.of(CANDIDATES, MENTION_IDS, MENTIONS)) {
        prepared.add(connection.prepareStatement(sql));
      }
      return new CandidateReports(prepared.get(0), prepared.get(1), prepared.get(2), cache);
    } catch (SQLException e) {
      for (PreparedStatement statement : prepared) {
        try {
          statement.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      throw new StoreException("cannot prepare the queries for merge candidates", e);
    }
  }

  /**
   * The ids of the candidates of {@code event}; the reports of those not in {@code known} yet are
   * added to it, in the order they were told. Those already in it (read or written for this
   * article) are left as they are: they hold the article's own reports, not yet in the table.
   */
  Set<Long> readInto(Event event, Map<Long, List<Report>> known) {
    LocalDate[] window = SameEvent.window(event.date(), event.datePrecision());
    String source = event.source().code().country();
    Optional<String> target = event.target().map(t -> t.code().country());
    List<String> roots = padded(SameEvent.family(event.root()));
    Asked asked = new Asked(source, target, roots, window[0], window[1]);
    try {
      Set<Long> ids = answers.get(asked);
      if (ids == null) {
        ids = ask(source, target, roots, window);
        answers.put(asked, ids);
      }
      Map<Long, List<Long>> unread = new LinkedHashMap<>(); // an event's mentions, as told
      for (long id : ids) {
        if (!known.containsKey(id)) {
          unread.put(id, mentionIds(id));
        }
      }
      Map<Long, Report> reports =
          reports(unread.values().stream().flatMap(List::stream).distinct().toList());
      unread.forEach(
          (eventId, mentions) ->
              known.put(
                  eventId,
                  mentions.stream().map(reports::get).collect(toCollection(ArrayList::new))));
      return ids;
    } catch (SQLException e) {
      throw new StoreException("cannot read the candidates of a mention to merge", e);
    }
  }

  /**
   * What a mention's candidates depend on. The article's mentions are written only once all are
   * merged, so within its writing the same question has the same answer; an article's reports
   * mostly ask the same few.
   */
  private record Asked(
      String source, Optional<String> target, List<String> roots, LocalDate from, LocalDate to) {}

  private Set<Long> ask(
      String source, Optional<String> target, List<String> roots, LocalDate[] window)
      throws SQLException {
    String other = target.orElse(source);
    int i = bindFromSource(1, source, roots, window);
    candidates.setInt(i++, target.isPresent() ? 1 : 0);
    candidates.setString(i++, other);
    i = bindFromSource(i, other, roots, window);
    candidates.setString(i++, source);
    candidates.setInt(i, MAX_CANDIDATES);
    Set<Long> ids = new HashSet<>();
    try (ResultSet rs = candidates.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** The ids of the event's mentions in the order they were told. */
  private List<Long> mentionIds(long eventId) throws SQLException {
    mentionIds.setLong(1, eventId);
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = mentionIds.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /**
   * The reports of these stored mentions: those the cache keeps from there, the others read, up to
   * {@link #READ_AT_ONCE} a query, and then kept.
   */
  private Map<Long, Report> reports(List<Long> mentionIds) throws SQLException {
    Map<Long, Report> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (long id : mentionIds) {
      cache.get(id).ifPresentOrElse(report -> found.put(id, report), () -> missing.add(id));
    }
    for (int from = 0; from < missing.size(); from += READ_AT_ONCE) {
      List<Long> part = missing.subList(from, Math.min(missing.size(), from + READ_AT_ONCE));
      for (int i = 0; i < READ_AT_ONCE; i++) { // a short part repeats its last id
        mentions.setLong(i + 1, part.get(Math.min(i, part.size() - 1)));
      }
      try (ResultSet rs = mentions.executeQuery()) {
        while (rs.next()) {
          StoredMention mention = EventColumns.readMention(rs);
          Report report = mention.report(); // takes the sentence's words: once
          cache.put(mention.id(), report);
          found.put(mention.id(), report);
        }
      }
    }
    if (found.size() < mentionIds.size()) { // the index named them in this transaction
      throw new IllegalStateException("mentions indexed but not stored among " + missing);
    }
    return found;
  }

  /** Binds {@link #FROM_SOURCE} from parameter {@code i}; returns the next parameter's index. */
  private int bindFromSource(int i, String country, List<String> roots, LocalDate[] window)
      throws SQLException {
    candidates.setString(i++, country);
    for (String root : roots) {
      candidates.setString(i++, root);
    }
    candidates.setString(i++, window[0].toString());
    candidates.setString(i++, window[1].toString());
    return i;
  }

  private static List<String> padded(List<String> family) {
    List<String> roots = new ArrayList<>(family);
    while (roots.size() < 3) {
      roots.add(family.get(0));
    }
    return roots;
  }

  @Override
  public void close() {
    try (candidates;
        mentionIds;
        mentions) {
      // closed by the try
    } catch (SQLException e) {
      throw new StoreException("cannot close the queries for merge candidates", e);
    }
  }
}
