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
 * mention, some twenty per article. Its text is the same whatever the mention (three roots, padded
 * by repeating one), so it is prepared once per article and only bound again; preparing it anew
 * cost as much as running it. It asks the mentions_merge index (source country, root, date, target
 * country, event) for the events holding a mention the new one can be scored against at all: of
 * its root family, in its date window, with its source's country as source (and its target's as
 * target, where both have one) or its countries swapped. SameEvent rules out any other. The index
 * holds all that query needs, so it reads no row. The mentions of each candidate are then read
 * once per article: an article's mentions are mostly of one dyad and a few days, so they share
 * their candidates, and reading those again for every mention was most of the cost. An earlier
 * query went through events_source and events_target, looking up every event of either country in
 * the window; at a million mentions the merger stored 771 mentions/s with it, 1,814 without.
 */

/** The stored reports of the events a new mention could be, read within the article's writing. */
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

  /** One event's mentions in the order they were told. */
  private static final String MENTIONS = "SELECT * FROM mentions WHERE event_id = ? ORDER BY id";

  private final PreparedStatement candidates;
  private final PreparedStatement mentions;

  private CandidateReports(PreparedStatement candidates, PreparedStatement mentions) {
    this.candidates = candidates;
    this.mentions = mentions;
  }

  /** Prepares the queries on the article's connection, for the length of its transaction. */
  static CandidateReports prepare(Connection connection) {
    try {
      PreparedStatement candidates = connection.prepareStatement(CANDIDATES);
      try {
        return new CandidateReports(candidates, connection.prepareStatement(MENTIONS));
      } catch (SQLException e) {
        candidates.close();
        throw e;
      }
    } catch (SQLException e) {
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
    String other = target.orElse(source);
    List<String> roots = padded(SameEvent.family(event.root()));
    try {
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
      for (long id : ids) {
        if (!known.containsKey(id)) {
          known.put(id, told(id));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new StoreException("cannot read the candidates of a mention to merge", e);
    }
  }

  private List<Report> told(long eventId) throws SQLException {
    mentions.setLong(1, eventId);
    List<Report> reports = new ArrayList<>();
    try (ResultSet rs = mentions.executeQuery()) {
      while (rs.next()) {
        reports.add(EventColumns.readMention(rs).report());
      }
    }
    return reports;
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
        mentions) {
      // closed by the try
    } catch (SQLException e) {
      throw new StoreException("cannot close the queries for merge candidates", e);
    }
  }
}
