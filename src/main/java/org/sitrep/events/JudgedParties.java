package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.CameoCode;

/**
 * Whom a verdict with no one named is passed on: "Sikorski called the incursion a deliberate attack
 * on NATO" judges whoever made the incursion, not NATO, which is named only inside the verdict. The
 * people's criticism goes to their own government; anyone else's to the other party the story
 * names, leaving aside the actors of the verdict itself.
 */
final class JudgedParties {
  private static final Set<String> VERDICT_CLASSES = Set.of("condemnatory", "praising");
  // verbs whose subject is judged by the "from" phrase: "drew condemnation from Tokyo"
  private static final Set<String> REVERSING = Set.of("draw", "receive", "face", "attract");
  private final DependencyGraph graph;
  private final ClauseActors actors;

  JudgedParties(DependencyGraph graph, ClauseActors actors) {
    this.graph = graph;
    this.actors = actors;
  }

  /** Whether a reading's condition is a verdict on its object ("called X a war crime"). */
  static boolean isVerdict(String conditionClass) {
    return VERDICT_CLASSES.contains(conditionClass);
  }

  /**
   * A praising verdict's code: praise (051) of an actor ("called Trump a friend") or in an "as"
   * phrase ("described the call with Trump as excellent"), as Evaluations reads statements; an
   * optimistic comment (013) on an event otherwise ("called the discussions very positive").
   */
  String code(String code, int v, List<Integer> objects) {
    if (!code.startsWith("051")) {
      return code;
    }
    boolean as = !graph.obliques(v, "as").isEmpty() || !graph.children(v, "advcl:as").isEmpty();
    for (int o : objects) {
      as |= !graph.obliques(o, "as").isEmpty() || !graph.children(o, "acl:as").isEmpty();
    }
    boolean onEvent = !objects.isEmpty() && objects.stream().allMatch(o -> actors.of(o).isEmpty());
    return onEvent && !as ? "013" : code;
  }

  /** Whether the verb's subject receives what its object noun names ("drew criticism"). */
  static boolean draws(String lemma) {
    return REVERSING.contains(lemma);
  }

  /**
   * "The strike drew condemnation from Germany": whoever did the act the subject names draws it;
   * {@code partiesOfEvent} finds them.
   */
  List<Found> drawingSubjects(int v, java.util.function.IntFunction<List<Found>> partiesOfEvent) {
    List<Found> found = new ArrayList<>();
    for (int s : graph.children(v, "nsubj")) {
      found.addAll(partiesOfEvent.apply(s));
    }
    return found;
  }

  /** Who passes the verdict a drawing verb's noun names: "drew condemnation from Tokyo". */
  List<Found> drawnFrom(int v, int noun) {
    List<Found> from = new ArrayList<>();
    for (int f : graph.obliques(noun, "from")) {
      from.addAll(actors.of(f));
    }
    for (int f : graph.obliques(v, "from")) {
      from.addAll(actors.of(f));
    }
    return from;
  }

  /**
   * The party verb {@code v}'s condemnation judges when its object names none: the doer the verdict
   * itself names ("what he called Thailand's unprovoked aggression", "a cowardly act by the
   * insurgents"); the people's own government; else the other party of the story, leaving aside
   * whom the verdict names otherwise ("a deliberate attack on NATO"). Praise names its object or no
   * one.
   */
  List<Found> implied(int v, List<Found> judges, CameoCode code) {
    if (judges.isEmpty() || !code.root().equals("11")) {
      return List.of();
    }
    Found judge = judges.get(0);
    List<Integer> verdict = VerbKeys.complements(graph, v);
    for (int h : verdict) {
      List<Found> doers = new ArrayList<>();
      for (int by : graph.obliques(h, "by")) {
        doers.addAll(actors.of(by));
      }
      actors.modifierActor(h).ifPresent(doers::add);
      doers.removeIf(d -> !Dyads.differentParties(judge, d));
      if (!doers.isEmpty()) {
        return doers;
      }
    }
    Optional<Found> domestic = Dyads.domesticTarget(judge, code, v);
    if (domestic.isPresent()) {
      return List.of(domestic.get());
    }
    List<Found> excluded = new ArrayList<>(judges);
    excluded.addAll(namedIn(verdict));
    return actors.parties().otherParty(judge, v, excluded).map(List::of).orElse(List.of());
  }

  /**
   * The actors named in verb {@code v}'s "as" phrase, who are not the judged: "condemned the launch
   * as a violation of UN resolutions" does not judge the UN.
   */
  List<Found> namedInAsPhrase(int v) {
    List<Integer> phrases = new ArrayList<>(graph.obliques(v, "as"));
    phrases.addAll(graph.children(v, "advcl:as"));
    for (int o : graph.children(v, "obj")) {
      phrases.addAll(graph.obliques(o, "as"));
      phrases.addAll(graph.children(o, "acl:as"));
    }
    return namedIn(phrases);
  }

  private List<Found> namedIn(List<Integer> heads) {
    List<Found> named = new ArrayList<>();
    for (int h : heads) {
      named.addAll(actors.of(h));
      for (var d : graph.dependents(h)) {
        if (d.base().equals("nmod")) {
          named.addAll(actors.of(d.dependent()));
        }
      }
    }
    return named;
  }
}
