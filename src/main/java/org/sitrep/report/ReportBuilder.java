package org.sitrep.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventRanking;
import org.sitrep.store.QuoteFilter;
import org.sitrep.store.Store;

/**
 * Builds a {@link Report} from the store: one grouped read of the period and its baseline, a few
 * ranked reads of events, the quotes and the places. Nothing is coded here.
 *
 * <pre>
 * {@code Report r = ReportBuilder.build(store, ReportRequest.of(Map.of("last", "7d")), LocalDate.now(ZoneOffset.UTC));}
 * </pre>
 */
public final class ReportBuilder {
  static final int MOVERS = 8;
  static final int KEY_EVENTS = 5;
  static final int NEW_ACTORS = 12;
  static final int QUOTES = 8;
  static final int DISPUTED = 8;
  static final int NETWORK = 15;
  static final int PLACES = 60;

  private ReportBuilder() {}

  /**
   * The report {@code request} asks for, {@code today} being the clock's date (open periods end at
   * the newest stored event on or before it; see {@link PeriodChoice}).
   */
  public static Report build(Store store, ReportRequest request, LocalDate today) {
    Map<String, String> upToToday = new HashMap<>(request.parameters());
    upToToday.keySet().removeAll(List.of("from", "to", "last"));
    upToToday.put("to", today.toString());
    PeriodChoice choice =
        PeriodChoice.of(request, store.latestEventDate(EventFilter.of(upToToday)), today);
    Period period = choice.period();
    Period baseline = new Period(period.before(Escalation.BASELINE_PERIODS).from(), period.to());
    EventFilter now = request.filter(period);
    Tallies tallies =
        Tallies.of(
            period,
            store.dyadTallies(request.filter(baseline), Tallies.starts(period)),
            store.daily(now));
    boolean baselineHasEvents = tallies.baselineEvents() > 0;
    List<Mover> movers =
        baselineHasEvents
            ? concat(
                Escalation.movers(tallies.dyads(), tallies::label),
                Escalation.movers(tallies.countries(), tallies::label))
            : List.of();
    return new Report(
        request,
        choice,
        today,
        tallies.figures(0),
        tallies.figures(1),
        tallies.baselineEvents(),
        top(movers, Escalation.Direction.ESCALATING),
        top(movers, Escalation.Direction.CALMING),
        store.ranked(now, EventRanking.MOST_SEVERE, KEY_EVENTS),
        store.ranked(now, EventRanking.MOST_REPORTED, KEY_EVENTS),
        baselineHasEvents ? tallies.newActors(NEW_ACTORS) : List.of(),
        store.spokenQuotes(quoteFilter(request, period), QUOTES),
        store.ranked(now, EventRanking.CLAIMED, DISPUTED),
        store.ranked(now, EventRanking.CONTESTED, DISPUTED),
        tallies.figures(0).events() == 0 ? List.of() : tallies.timeline(),
        tallies.network(NETWORK),
        store.places(now).stream().limit(PLACES).toList());
  }

  private static List<Mover> concat(List<Mover> dyads, List<Mover> countries) {
    return java.util.stream.Stream.concat(dyads.stream(), countries.stream()).toList();
  }

  private static List<Mover> top(List<Mover> movers, Escalation.Direction direction) {
    return movers.stream()
        .filter(m -> m.direction() == direction)
        .sorted(Escalation.STRONGEST_FIRST)
        .limit(MOVERS)
        .toList();
  }

  /** Quotes of articles published in the period; a speaker of the actor, else of the country. */
  private static QuoteFilter quoteFilter(ReportRequest request, Period period) {
    Map<String, String> values = new HashMap<>();
    values.put("from", period.from().toString());
    values.put("to", period.to().toString());
    request.actor().or(request::country).ifPresent(speaker -> values.put("speaker", speaker));
    return QuoteFilter.of(values);
  }
}
