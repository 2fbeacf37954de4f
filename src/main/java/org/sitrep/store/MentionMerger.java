package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.merge.Disagreement;
import org.sitrep.merge.Report;
import org.sitrep.merge.SameEvent;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/*
 * Design note. A new mention is compared only with the events that could be it (CandidateReports):
 * those holding a mention of its root family, in its date window, of its dyad (either way round, or
 * with a target left unknown), found through the mentions_merge index alone. So the work per
 * mention depends on how busy that country was in those days, not on the size of the store. Their
 * mentions are read once per article (those not kept from earlier articles by the ReportCache),
 * and the mention joins the event whose best mention scores highest; with none, it founds a new
 * event. The event's counts and disagreements are then counted from those mentions (all of the
 * event's), in the same transaction as the article.
 */

/** Stores an article's coded events as mentions, each merged into the event it reports. */
final class MentionMerger {
  /** The advisory lock of merging on PostgreSQL: any number, the same for every writer. */
  private static final long MERGE_LOCK = 14_000_014L;

  private MentionMerger() {}

  /**
   * Stores each of the article's events as a mention of a new or an existing event. On PostgreSQL
   * the writers merge one at a time (a lock held to the end of the transaction): two writers
   * storing reports of one event at once would otherwise each found it.
   */
  static void store(
      Handle handle,
      Dialect dialect,
      Article article,
      List<Event> events,
      Map<Integer, Long> sentences,
      ReportCache cache) {
    if (dialect == Dialect.POSTGRESQL && !events.isEmpty()) {
      handle
          .createQuery("SELECT pg_advisory_xact_lock(" + MERGE_LOCK + ")")
          .map((rs, ctx) -> 1)
          .one();
    }
    // The reports of every event read or written for this article so far: its events are mostly of
    // one dyad and a few days, so they share candidates. Within the transaction no one else writes.
    Map<Long, List<Report>> known = new HashMap<>();
    // The article's mentions are written together at the end, and each event it joined is
    // counted once: no read in between needs them, since their events' reports are all in known.
    PreparedBatch mentions = handle.prepareBatch(EventColumns.INSERT_MENTION);
    Map<Long, List<Report>> joined = new LinkedHashMap<>();
    Set<Long> touched = new HashSet<>();
    try (CandidateReports candidates = CandidateReports.prepare(handle.getConnection(), cache)) {
      for (Event event : events) {
        Optional<Long> sentenceId = Optional.ofNullable(sentences.get(event.sentence()));
        Report report = new Report(event, article.outlet(), article.published());
        Optional<Match> match = bestMatch(report, candidates, known, touched);
        long eventId =
            match.isPresent()
                ? match.get().eventId()
                : EventColumns.bind(
                        handle.createUpdate(EventColumns.INSERT_EVENT), event, article, sentenceId)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        EventColumns.bind(mentions, event, article, sentenceId).bind("eventId", eventId).add();
        List<Report> reports = known.computeIfAbsent(eventId, id -> new ArrayList<>());
        reports.add(report);
        touched.add(eventId);
        if (match.isPresent()) { // a new event's counts are those it was inserted with
          joined.put(eventId, reports);
        }
      }
    }
    if (mentions.size() > 0) {
      mentions.execute();
    }
    joined.forEach((eventId, reports) -> recount(handle, eventId, reports));
  }

  private record Match(long eventId, double score) {}

  /**
   * The event {@code report} best tells again, among its candidates and the events this article has
   * founded or joined so far (whose mentions are not in the table yet), asked in id order.
   */
  private static Optional<Match> bestMatch(
      Report report,
      CandidateReports candidates,
      Map<Long, List<Report>> known,
      Set<Long> touched) {
    Set<Long> ids = new TreeSet<>(candidates.readInto(report.event(), known));
    ids.addAll(touched);
    Optional<Match> best = Optional.empty();
    for (long id : ids) {
      List<Report> reports = known.getOrDefault(id, List.of());
      double score = -1;
      for (Report told : reports) {
        OptionalDouble s = SameEvent.score(report, told);
        if (s.isPresent()) {
          score = Math.max(score, s.getAsDouble());
        }
      }
      if (score >= SameEvent.MATCH && (best.isEmpty() || score > best.get().score())) {
        best = Optional.of(new Match(id, score));
      }
    }
    return best;
  }

  /**
   * The event's counts and what its reports disagree on, from {@code reports}: all its mentions,
   * read in this transaction or written by it, so counting them is counting the table's rows.
   */
  private static void recount(Handle handle, long eventId, List<Report> reports) {
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    for (Report r : reports) {
      articles.add(r.event().article());
      sources.add(r.source()); // the outlet, else the article itself, as the migration counts
      if (r.published().isPresent()) {
        LocalDate day = r.published().get();
        first = first.filter(d -> !d.isAfter(day)).or(() -> Optional.of(day));
        last = last.filter(d -> !d.isBefore(day)).or(() -> Optional.of(day));
      }
    }
    handle
        .createUpdate(
            "UPDATE events SET mentions = :mentions, articles = :articles, sources = :sources,"
                + " first_seen = :first, last_seen = :last, contested = :contested WHERE id = :id")
        .bind("mentions", reports.size())
        .bind("articles", articles.size())
        .bind("sources", sources.size())
        .bind("first", first.map(Object::toString).orElse(null))
        .bind("last", last.map(Object::toString).orElse(null))
        .bind("id", eventId)
        .bind("contested", Disagreement.labels(Disagreement.of(reports)))
        .execute();
  }
}
