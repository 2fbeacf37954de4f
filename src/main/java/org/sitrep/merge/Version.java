package org.sitrep.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;

/**
 * One account of an event that its reports disagree on: who did it to whom, who says so, how many,
 * and the outlets that tell it that way.
 *
 * <pre>{@code Version.of(reports)  // [RUS->UKR claimed by RUS, 34 drones (TASS); ...]}</pre>
 */
public record Version(
    ActorRef source,
    Optional<ActorRef> target,
    Optional<ActorRef> claimedBy,
    Optional<Quantity> quantity,
    List<String> outlets,
    int reports) {

  public Version {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(quantity, "quantity");
    outlets = List.copyOf(outlets);
  }

  /**
   * The distinct accounts of the reports of one event, in the order they were first told: reports
   * with the same direction, claimant country and figure are one version.
   */
  public static List<Version> of(List<Report> reports) {
    Map<String, List<Report>> accounts = new LinkedHashMap<>();
    for (Report report : reports) {
      accounts.computeIfAbsent(key(report.event()), k -> new ArrayList<>()).add(report);
    }
    List<Version> versions = new ArrayList<>();
    for (List<Report> told : accounts.values()) {
      Event first = told.get(0).event();
      LinkedHashSet<String> outlets = new LinkedHashSet<>();
      told.forEach(r -> outlets.add(r.source()));
      versions.add(
          new Version(
              first.source(),
              first.target(),
              first.claimedBy(),
              first.quantity(),
              new ArrayList<>(outlets),
              told.size()));
    }
    return versions;
  }

  private static String key(Event e) {
    return e.source().code().country()
        + ">"
        + e.target().map(t -> t.code().country()).orElse("")
        + "|"
        + e.claimedBy().map(c -> c.code().country()).orElse("")
        + "|"
        + e.quantity().map(q -> q.value() + " " + q.unit()).orElse("");
  }
}
