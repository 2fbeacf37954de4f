package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.merge.Report;

/*
 * Design note. Merging reads the mentions of every candidate of an article's reports, and
 * consecutive articles mostly tell the same busy dyads in the same days, so they read the same
 * mentions again: in bench-store at 300,000 mentions 79% of the rows read had been read for an
 * earlier article, and at a million reading them was a quarter of the time to store an article.
 * A stored mention never changes (nothing updates or deletes one), so its report can be kept by
 * id for as long as the store is open, whatever other processes write. Which mentions an event
 * holds is still read from the table every time (from the mentions_event index alone), so a
 * mention another writer added is never missed. Only rows read from the table are kept: they were
 * committed before the reading transaction began, and an id a rolled-back insert held (SQLite
 * may give it again) is never in the cache.
 */

/** The reports of stored mentions, by mention id, most recently used kept. */
final class ReportCache {
  /** About 110 MB of reports at most (2.2 KB each, words included). */
  static final int CAPACITY = 50_000;

  private final Map<Long, Report> reports;

  ReportCache(int capacity) {
    this.reports =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Report> eldest) {
            return super.size() > capacity;
          }
        };
  }

  /** The report of the stored mention {@code mentionId}, if kept. */
  synchronized Optional<Report> get(long mentionId) {
    return Optional.ofNullable(reports.get(mentionId));
  }

  /** Keeps the report of the stored mention {@code mentionId}, read from the table. */
  synchronized void put(long mentionId, Report report) {
    reports.put(mentionId, report);
  }

  synchronized int size() {
    return reports.size();
  }
}
