package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/*
 * A page of the newest events whose sentence has some words can be read two ways: from the
 * matching sentences (their events through events_sentence, then sorted by date), which costs
 * in proportion to the matches; or from the newest events (events_date, newest first, keeping
 * those whose sentence matches), which costs in proportion to how far it must read to fill the
 * page. SQLite's planner cannot see how many sentences an FTS5 MATCH finds, so it cannot choose
 * between them, and either choice made once is slow for some words: hundreds of milliseconds on
 * a million events for a rare pair of words read from the newest events, or for a common word
 * read from its matches.
 *
 * So a probe asks FTS5 for the ids of the newest 5,001 matching sentences (it gives them in id
 * order; about a millisecond) and chooses:
 *  - 5,000 or fewer match: from the matches.
 *  - More: from the newest events. Each is checked against the list of all matches, built once
 *    at about 0.2 microseconds a match (the unary plus keeps the planner off events_sentence);
 *    or, when matches are so dense (8% of the newest sentences and more) that a page is filled
 *    within some 600 events, each event's own sentence is asked of the index instead (about 30
 *    microseconds a check, but no list: a word in a third of the sentences takes 80 ms to list).
 *    That last is only done when nothing but dates filters too, so that the events are surely
 *    read newest first and the reading stops at a page.
 * All three conditions select the same events; only the work differs.
 */

/** How an events query matches free text, chosen by a probe of the full-text index. */
final class SentenceMatches {
  private static final int FEW = 5_000;
  private static final double DENSE = 0.08;
  private static final String MATCHING = Dialect.SQLITE.sentenceMatch("text");

  private SentenceMatches() {}

  /**
   * A condition over {@code events e} for the FTS5 query {@code textQuery}, bound as {@code :text}.
   * {@code newestFirst} says that the other conditions leave the events read newest first (dates at
   * most): only then may each event's sentence be asked of the index, since a plan through another
   * index may check thousands of events before sorting them.
   */
  /**
   * On PostgreSQL, the ids of the sentences matching {@code textQuery} when there are few: bound as
   * an array, their count is known to the planner, which then reads their events through
   * events_sentence; as a sub-select it guessed, and read the newest events instead, checking each
   * sentence (a second for a rare word on 100,000 events).
   */
  static Optional<Long[]> fewOnPostgresql(Handle handle, String textQuery) {
    List<Long> ids =
        handle
            .createQuery(Dialect.POSTGRESQL.sentenceMatch("text") + " LIMIT :n")
            .bind("text", textQuery)
            .bind("n", FEW + 1)
            .mapTo(Long.class)
            .list();
    return ids.size() <= FEW ? Optional.of(ids.toArray(new Long[0])) : Optional.empty();
  }

  static String condition(Handle handle, String textQuery, boolean newestFirst) {
    List<Long> newest =
        handle
            .createQuery(MATCHING + " ORDER BY rowid DESC LIMIT :n")
            .bind("text", textQuery)
            .bind("n", FEW + 1)
            .mapTo(Long.class)
            .list();
    if (newest.size() <= FEW) {
      return Where.sentenceIn(Dialect.SQLITE);
    }
    long last = handle.createQuery("SELECT MAX(id) FROM sentences").mapTo(Long.class).one();
    double density = newest.size() / (double) (last - newest.get(newest.size() - 1) + 1);
    // A prefix ("russ"*) is never asked sentence by sentence: FTS5 merges the lists of all the
    // words it begins for each question (a millisecond each for a common one).
    boolean prefix = textQuery.indexOf('*') >= 0;
    return newestFirst && density >= DENSE && !prefix
        // each report's sentence asked of the index by its rowid; as a join, SQLite ran the whole
        // MATCH for every event (3 s for a word in a quarter of 60,000 mentions' sentences)
        ? "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND EXISTS (SELECT 1 FROM"
            + " sentence_search WHERE sentence_search MATCH :text AND rowid = m.sentence_id))"
        : "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.sentence_id IN ("
            + MATCHING
            + "))";
  }
}
