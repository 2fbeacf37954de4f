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
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.merge.Disagreement;
import org.sitrep.merge.Report;
import org.sitrep.merge.SameEvent;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/*
 * Design note. A new mention is compared only with the events that could be it: those within its
 * date window (SameEvent.window) with one of its countries on either side, in the same root family,
 * found through the events_source and events_target indexes (country, date). So the work per
 * mention depends on how busy that dyad was in those days, not on the size of the store. The
 * mentions of those candidates that hold one the new mention can be scored against at all (its
 * root family; its source's country as source, or its countries swapped) are read (mentions_event)
 * once per article, and the mention joins the event whose best mention scores highest; with none,
 * it founds a new event. The event's counts and disagreements are then counted from those
 * mentions (all of the event's), in the same transaction as the article.
 */

/** Stores an article's coded events as mentions, each merged into the event it reports. */
final class MentionMerger {
  /** Enough candidates for the busiest dyad-day; the newest are asked first. */
  private static final int MAX_CANDIDATES = 200;

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
      Map<Integer, Long> sentences) {
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
    for (Event event : events) {
      Optional<Long> sentenceId = Optional.ofNullable(sentences.get(event.sentence()));
      Report report = new Report(event, article.outlet(), article.published());
      Optional<Match> match = bestMatch(handle, event, known);
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
      if (match.isPresent()) { // a new event's counts are those it was inserted with
        joined.put(eventId, reports);
      }
    }
    if (mentions.size() > 0) {
      mentions.execute();
    }
    joined.forEach((eventId, reports) -> recount(handle, eventId, reports));
  }

  private record Match(long eventId, List<Report> reports, double score) {}

  private static Optional<Match> bestMatch(
      Handle handle, Event event, Map<Long, List<Report>> known) {
    Optional<Match> best = Optional.empty();
    for (Map.Entry<Long, List<Report>> candidate : candidates(handle, event, known).entrySet()) {
      double score = -1;
      for (Report told : candidate.getValue()) {
        OptionalDouble s = SameEvent.score(event, told.event());
        if (s.isPresent()) {
          score = Math.max(score, s.getAsDouble());
        }
      }
      if (score >= SameEvent.MATCH && (best.isEmpty() || score > best.get().score())) {
        best = Optional.of(new Match(candidate.getKey(), candidate.getValue(), score));
      }
    }
    return best;
  }

  /**
   * The mentions of each event that could be this one, by event id, in the order told; those of
   * events in {@code known} are taken from there, the others read and added to it.
   */
  private static Map<Long, List<Report>> candidates(
      Handle handle, Event event, Map<Long, List<Report>> known) {
    LocalDate[] window = SameEvent.window(event.date(), event.datePrecision());
    List<String> countries = new ArrayList<>();
    countries.add(event.source().code().country());
    event.target().ifPresent(t -> countries.add(t.code().country()));
    List<Long> ids =
        handle
            .createQuery(
                "SELECT e.id FROM events e WHERE ((e.source_country IN (<countries>) AND e.event_date"
                    + " BETWEEN :from AND :to) OR (e.target_country IN (<countries>) AND e.event_date"
                    + " BETWEEN :from AND :to)) AND e.root IN (<roots>) ORDER BY e.id DESC LIMIT :n")
            .bindList("countries", countries)
            .bindList("roots", SameEvent.family(event.root()))
            .bind("from", window[0].toString())
            .bind("to", window[1].toString())
            .bind("n", MAX_CANDIDATES)
            .mapTo(Long.class)
            .list();
    List<Long> unread = ids.stream().filter(id -> !known.containsKey(id)).toList();
    if (!unread.isEmpty()) {
      read(handle, event, unread, known);
    }
    // in the order the mentions were told, as read: the event of the oldest mention first
    Map<Long, List<Report>> reports = new TreeMap<>();
    for (long id : ids) {
      List<Report> told = known.get(id);
      if (told != null) {
        reports.put(id, told);
      }
    }
    return reports;
  }

  /**
   * Reads into {@code known} the mentions of those of the events {@code ids} that have a mention
   * {@code event} could be scored against at all: of its root family, and with its source's country
   * as source, or its two countries swapped ({@link SameEvent} rules out any other). The others
   * cannot be its best match and are neither read nor scored: on a busy day most candidates are
   * another dyad's events that share one country.
   */
  private static void read(
      Handle handle, Event event, List<Long> ids, Map<Long, List<Report>> known) {
    String source = event.source().code().country();
    Optional<String> target = event.target().map(t -> t.code().country());
    String swapped =
        target.isPresent() ? " OR (f.source_country = :target AND f.target_country = :source)" : "";
    handle
        .createQuery(
            "SELECT * FROM mentions m WHERE m.event_id IN (SELECT f.event_id FROM mentions f"
                + " WHERE f.event_id IN (<ids>) AND f.root IN (<roots>) AND (f.source_country = :source"
                + swapped
                + ")) ORDER BY m.id")
        .bindList("ids", ids)
        .bindList("roots", SameEvent.family(event.root()))
        .bind("source", source)
        .bind("target", target.orElse(source))
        .map((rs, ctx) -> EventColumns.readMention(rs))
        .forEach(m -> known.computeIfAbsent(m.eventId(), id -> new ArrayList<>()).add(m.report()));
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
