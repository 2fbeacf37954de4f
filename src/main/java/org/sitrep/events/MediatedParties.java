package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;

/**
 * Whom a mediator or a host acts on when its clause names no party: the parties of what it mediated
 * or hosted. "Pakistan and Afghanistan agreed to a truce after talks mediated by Qatar": the
 * subjects of the clause the mediated noun belongs to; "Washington and Paris brokered the truce":
 * the story's two sides, the brokers aside. A deal "brokered by Egypt" whose parties no clause
 * names is mediation of no one in particular (no target).
 *
 * <pre>{@code new MediatedParties(graph, actors, doers).of(v, "045", mediators, targets)}</pre>
 */
final class MediatedParties {
  private static final int MAX_STEPS = 6;
  private final DependencyGraph graph;
  private final ClauseActors actors;
  private final ClauseSubjects doers;

  MediatedParties(DependencyGraph graph, ClauseActors actors, ClauseSubjects doers) {
    this.graph = graph;
    this.actors = actors;
    this.doers = doers;
  }

  /**
   * The parties for verb {@code v}'s mediation (045) or hosting (043), or {@code named} when the
   * act is neither or the verb's own object or phrase names a party; the story's two sides only for
   * mediation (a host of no named event hosts no one) by a verb with a subject of its own.
   */
  List<Found> of(int v, String code, List<Found> mediators, List<Found> named) {
    boolean storySides = code.startsWith("045");
    if (!storySides && !code.startsWith("043")
        || named.size() >= 2
        || named.stream().anyMatch(t -> namedAt(v, t))) {
      return named;
    }
    boolean participle = false;
    int at = v;
    for (int step = 0; step < MAX_STEPS; step++) {
      int up = governor(at);
      if (up < 0) {
        break;
      }
      participle |= at == v && !graph.isVerb(up);
      if (graph.isVerb(up)) {
        List<Found> sides = others(doers.of(up), mediators);
        if (sides.size() >= 2) {
          return sides;
        }
      }
      at = up;
    }
    if (participle || !storySides) {
      return named;
    }
    List<Found> sides = actors.parties().mainTwo(v, mediators);
    return sides.size() == 2 ? sides : named;
  }

  /** Whether target {@code t} is an actor the verb's own arguments name ("mediated with Hamas"). */
  private boolean namedAt(int v, Found t) {
    for (Dependency d : graph.dependents(v)) {
      if (actors.of(d.dependent()).stream().anyMatch(f -> f.code().equals(t.code()))) {
        return true;
      }
    }
    return false;
  }

  private static List<Found> others(List<Found> doers, List<Found> mediators) {
    List<Found> sides = new ArrayList<>();
    for (Found f : doers) {
      if (mediators.stream().noneMatch(m -> Dyads.oneParty(m.code(), f.code()))) {
        sides.add(f);
      }
    }
    return sides;
  }

  private int governor(int word) {
    for (Dependency d : graph.governors(word)) {
      if (d.governor() >= 0 && !d.base().equals("root")) {
        return d.governor();
      }
    }
    return -1;
  }
}
