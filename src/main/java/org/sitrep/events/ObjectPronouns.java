package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;

/**
 * Whom an object "them" stands for. "The ministry said the Algerian authorities were to blame and
 * urged them to talk": an object pronoun is never its own verb's doer (who would be "themselves"),
 * and seldom the speaker who reports; it is the latest other actor named before it in the sentence.
 */
final class ObjectPronouns {
  private ObjectPronouns() {}

  /**
   * The actor "them" at {@code pronoun} stands for, or empty when it is no object, its verb has no
   * known doer, or no other actor is named before it.
   */
  static List<Found> antecedent(
      DependencyGraph graph,
      int pronoun,
      IntFunction<List<Found>> actorsOf,
      IntFunction<Optional<Found>> covering) {
    int verb = graph.governor(pronoun, "obj");
    verb = verb >= 0 ? verb : graph.governor(pronoun, "iobj");
    if (verb < 0 || !graph.word(pronoun).text().equalsIgnoreCase("them")) {
      return List.of();
    }
    Set<String> doers = new HashSet<>();
    for (int subject : graph.children(verb, "nsubj")) {
      // "said the authorities were to blame and urged them": the reporter urged, not the
      // authorities
      int reporting = ReportedConjuncts.reporter(graph, verb, subject);
      int doer = reporting >= 0 ? graph.children(reporting, "nsubj").get(0) : subject;
      actorsOf.apply(doer).forEach(f -> doers.add(f.code().value()));
    }
    Found latest = null;
    for (int k = 0; k < pronoun; k++) {
      Optional<Found> found = covering.apply(k);
      if (found.isPresent() && !doers.contains(found.get().code().value())) {
        latest = found.get();
      }
    }
    return latest == null || doers.isEmpty()
        ? List.of()
        : List.of(new Found(latest.code(), pronoun, latest.text()));
  }
}
