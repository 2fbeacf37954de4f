package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.merge.Report;
import org.sitrep.merge.SameEvent;
import org.sitrep.model.Event;

/*
 * Design note. Asking for the candidates of a new mention is the merger's hot path: one query per
 * mention, some twenty per article. The query has one text whatever the mention (two countries,
 * three roots, padded by repeating one), so it is prepared once per article and only bound again;
 * preparing it anew, with its candidate ids spelled out in a second query, cost as much as running
 * it. It finds the newest events in the mention's date window with one of its countries on either
 * side and of its root family (the events_source and events_target indexes), and returns the
 * mentions of those that hold a mention the new one can be scored against at all: of its root
 * family, with its source's country as source (and its target's as target, where both have one)
 * or its countries swapped. SameEvent rules out any other, and on a busy day most candidates are
 * another dyad's events that share one country: reading and scoring them cost more than the rest.
 */

/** The stored reports of the events a new mention could be, read within the article's writing. */
final class CandidateReports implements AutoCloseable {
  /** Enough candidates for the busiest dyad-day; the newest are asked first. */
  static final int MAX_CANDIDATES = 200;

  private static final String SQL =
      "SELECT m.* FROM mentions m WHERE m.event_id IN (SELECT f.event_id FROM mentions f"
          + " WHERE f.event_id IN (SELECT e.id FROM events e"
          + " WHERE ((e.source_country IN (?, ?) AND e.event_date BETWEEN ? AND ?)"
          + " OR (e.target_country IN (?, ?) AND e.event_date BETWEEN ? AND ?))"
          + " AND e.root IN (?, ?, ?) ORDER BY e.id DESC LIMIT ?)"
          + " AND f.root IN (?, ?, ?)"
          + " AND ((f.source_country = ? AND (? = 0 OR f.target_country IS NULL"
          + " OR f.target_country = ?)) OR (f.source_country = ? AND f.target_country = ?)))"
          + " ORDER BY m.id";

  private final PreparedStatement statement;

  private CandidateReports(PreparedStatement statement) {
    this.statement = statement;
  }

  /** Prepares the query on the article's connection, for the length of its transaction. */
  static CandidateReports prepare(Connection connection) {
    try {
      return new CandidateReports(connection.prepareStatement(SQL));
    } catch (SQLException e) {
      throw new StoreException("cannot prepare the query for merge candidates", e);
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
    String other = target.orElse(source);
    List<String> roots = padded(SameEvent.family(event.root()));
    try {
      int i = 1;
      for (int side = 0; side < 2; side++) {
        statement.setString(i++, source);
        statement.setString(i++, other);
        statement.setString(i++, window[0].toString());
        statement.setString(i++, window[1].toString());
      }
      for (String root : roots) {
        statement.setString(i++, root);
      }
      statement.setInt(i++, MAX_CANDIDATES);
      for (String root : roots) {
        statement.setString(i++, root);
      }
      // the same direction: the source's country, and the target's where both have one
      statement.setString(i++, source);
      statement.setInt(i++, target.isPresent() ? 1 : 0);
      statement.setString(i++, other);
      // or the two swapped; with no target, a domestic event of the source, already asked for
      statement.setString(i++, other);
      statement.setString(i, source);
      Set<Long> ids = new HashSet<>();
      List<StoredMention> read = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("event_id");
          ids.add(id);
          if (!known.containsKey(id)) {
            read.add(EventColumns.readMention(rs));
          }
        }
      }
      read.forEach(
          m -> known.computeIfAbsent(m.eventId(), id -> new ArrayList<>()).add(m.report()));
      return ids;
    } catch (SQLException e) {
      throw new StoreException("cannot read the candidates of a mention to merge", e);
    }
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
    try {
      statement.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the query for merge candidates", e);
    }
  }
}
