package org.sitrep.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.store.PlaceCount;
import org.sitrep.store.SpokenQuote;
import org.sitrep.store.StoredEvent;

/**
 * A situation report: what changed in a period, from the store only. Renderers draw a section for
 * each part that is not empty.
 *
 * <pre>
 * {@code Report r = ReportBuilder.build(store, ReportRequest.of(Map.of("last", "7d")), today);}
 * </pre>
 *
 * @param now the period's headline figures; {@code before} those of the period before it
 * @param baselineEvents events in the {@link Escalation#BASELINE_PERIODS} periods before
 * @param mostReported events told by more than one report, most outlets first
 * @param claimed events a claimant is given for (claims attributed to one side)
 * @param contested events whose reports disagree
 */
public record Report(
    ReportRequest request,
    PeriodChoice choice,
    LocalDate generated,
    Figures now,
    Figures before,
    long baselineEvents,
    List<Mover> escalating,
    List<Mover> calming,
    List<StoredEvent> mostSevere,
    List<StoredEvent> mostReported,
    List<NewActor> newActors,
    List<SpokenQuote> quotes,
    List<StoredEvent> claimed,
    List<StoredEvent> contested,
    List<DayBar> timeline,
    List<Link> network,
    List<PlaceCount> places) {
  public Report {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(generated, "generated");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(before, "before");
    escalating = List.copyOf(escalating);
    calming = List.copyOf(calming);
    mostSevere = List.copyOf(mostSevere);
    mostReported = List.copyOf(mostReported);
    newActors = List.copyOf(newActors);
    quotes = List.copyOf(quotes);
    claimed = List.copyOf(claimed);
    contested = List.copyOf(contested);
    timeline = List.copyOf(timeline);
    network = List.copyOf(network);
    places = List.copyOf(places);
  }

  public Period period() {
    return choice.period();
  }

  /** "Situation report, country UKR: 2025-10-24 to 2025-10-30". */
  public String title() {
    String subject = request.describeSubject();
    return "Situation report" + (subject.isEmpty() ? "" : ", " + subject) + ": " + period();
  }

  public boolean hasMovers() {
    return !escalating.isEmpty() || !calming.isEmpty();
  }

  public boolean hasKeyEvents() {
    return !mostSevere.isEmpty() || !mostReported.isEmpty();
  }

  public boolean hasDisputes() {
    return !claimed.isEmpty() || !contested.isEmpty();
  }
}
