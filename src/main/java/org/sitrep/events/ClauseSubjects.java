package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;

/** The actors a verb's clause names as its doer, through the parse and its usual failures. */
final class ClauseSubjects {
  private static final java.util.Set<String> DECISIONS = java.util.Set.of("decision", "move");
  private final DependencyGraph graph;
  private final ClauseActors actors;
  private int depth;

  ClauseSubjects(DependencyGraph graph, ClauseActors actors) {
    this.graph = graph;
    this.actors = actors;
  }

  /** Who does what the verb says: its subjects, a passive's agents, a participle's clause's. */
  List<Found> of(int v) {
    List<Found> found = new ArrayList<>();
    if (graph.isPassive(v)) {
      return agentsBy(v);
    }
    if (isReducedPassive(v)) {
      // "talks mediated by Qatar", "a ceremony hosted by Trump": the agents do it
      List<Found> agents = agentsBy(v);
      if (!agents.isEmpty()) {
        return agents;
      }
    }
    boolean hasSubject = false;
    for (var d : graph.dependents(v)) {
      if (d.relation().equals("nsubj")) {
        hasSubject = true;
        int reporter = ReportedConjuncts.reporter(graph, v, d.dependent());
        if (reporter >= 0 && depth < 3) {
          depth++;
          found.addAll(of(reporter));
          depth--;
        } else {
          found.addAll(actors.doers(d.dependent()));
        }
      } else if (d.relation().equals("nsubj:xsubj")) {
        hasSubject = true;
        found.addAll(actors.of(addresseeOrSubject(v, d.dependent())));
      }
    }
    if (!hasSubject && depth < 3) {
      // "..., warning that Washington would ...": a participle's subject is its clause's;
      // "with Russia firing 145 drones": the noun a participle modifies is its subject
      for (var d : graph.governors(v)) {
        if (d.relation().equals("acl") && d.governor() >= 0) {
          found.addAll(reducedRelativeSubject(v, d.governor()));
        }
        if (d.relation().equals("acl:to")
            && d.governor() >= 0
            && DECISIONS.contains(graph.lemma(d.governor()))) {
          // "Washington's decision to suspend military aid": the one who decided does it
          actors.modifierActor(d.governor()).ifPresent(found::add);
        }
        if (d.governor() >= 0 && takesGovernorsSubject(v, d.governor(), d.base())) {
          depth++;
          found.addAll(of(d.governor()));
          depth--;
        }
      }
    }
    if (!hasSubject && found.isEmpty()) {
      found.addAll(fragmentSubject(v));
    }
    return found;
  }

  /** A past participle hung on a noun with no object of its own: "the truce brokered by ...". */
  private boolean isReducedPassive(int v) {
    return graph.word(v).tag().equals("VBN")
        && graph.children(v, "obj").isEmpty()
        && graph.governors(v).stream().anyMatch(d -> d.relation().equals("acl"));
  }

  /**
   * Whether verb {@code v}, attached to {@code governor} by {@code relation}, does what its
   * governor's subject does: a participle of its clause ("..., warning that"), or a bare infinitive
   * after "help" ("offered to help mediate" is the helper's act).
   */
  private boolean takesGovernorsSubject(int v, int governor, String relation) {
    String tag = graph.word(v).tag();
    boolean participle =
        tag.equals("VBG")
            && (relation.equals("advcl")
                || relation.equals("xcomp")
                || relation.equals("conj")
                || relation.equals("dep") && graph.isVerb(governor));
    boolean helped =
        tag.equals("VB") && relation.equals("ccomp") && graph.lemma(governor).equals("help");
    return participle || helped;
  }

  /**
   * "Golani, the leader of HTS, visited the mosque and accused Assad ...": the parser sometimes
   * reads a whole sentence as one noun phrase and hangs its finite verbs off it as bare {@code
   * dep}s; the noun phrase is then their subject.
   */
  private List<Found> fragmentSubject(int v) {
    String tag = graph.word(v).tag();
    // "Iran test-launched a missile": a hyphenated past tense is often tagged a participle
    boolean hyphenated = tag.equals("VBN") && !graph.prefix(v).isEmpty();
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || hyphenated)) {
      return List.of();
    }
    int at = v;
    for (int step = 0; step < graph.size(); step++) {
      int up = graph.governor(at, "dep");
      if (up < 0) {
        up = graph.governor(at, "conj");
      }
      if (up < 0) {
        break;
      }
      at = up;
    }
    if (at == v || !graph.isNoun(at)) {
      return List.of();
    }
    for (var d : graph.governors(at)) {
      if (d.relation().equals("root")) {
        return actors.of(at);
      }
      if (d.relation().equals("appos") && d.governor() >= 0) {
        for (var r : graph.governors(d.governor())) {
          if (r.relation().equals("root")) {
            return actors.of(d.governor());
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The doer of a verb the parser hung on a noun as a reduced relative: "with Russia firing 145
   * drones" (the noun is the doer), and, misread, a finite verb ("Russia's mission to the United
   * Nations called for ...") or a participle with an object ("Minister Takehiro Funakoshi, called
   * in Chinese Ambassador Wu ..."), whose doer is the noun phrase the noun belongs to.
   */
  private List<Found> reducedRelativeSubject(int v, int noun) {
    String tag = graph.word(v).tag();
    if (tag.equals("VBG")) {
      return actors.of(noun);
    }
    boolean misread = tag.equals("VBD") || tag.equals("VBN") && !graph.children(v, "obj").isEmpty();
    if (!misread || !agentsBy(v).isEmpty()) {
      return List.of();
    }
    int head = noun;
    for (int step = 0, up = nounGovernor(head); up >= 0 && step < graph.size(); step++) {
      head = up;
      up = nounGovernor(head);
    }
    return actors.of(head);
  }

  /** The noun a noun hangs from as a modifier ("the mission to the United Nations"), or -1. */
  private int nounGovernor(int noun) {
    for (var d : graph.governors(noun)) {
      if (d.base().equals("nmod") && d.governor() >= 0 && graph.isNoun(d.governor())) {
        return d.governor();
      }
    }
    return -1;
  }

  /**
   * The subject of a controlled verb: "called on Western partners to tighten sanctions" is parsed
   * with the caller as the subject of "tighten"; the one called on is.
   */
  private int addresseeOrSubject(int v, int subject) {
    int controller = graph.governor(v, "xcomp");
    List<Integer> calledOn = controller >= 0 ? graph.obliques(controller, "on") : List.of();
    return calledOn.isEmpty() ? subject : calledOn.get(0);
  }

  /** A passive's agents: "was shot down by Ukraine". */
  List<Found> agentsBy(int v) {
    List<Found> found = new ArrayList<>();
    for (int by : graph.children(v, "obl:agent")) {
      found.addAll(actors.of(by));
    }
    for (int by : graph.obliques(v, "by")) {
      found.addAll(actors.of(by));
    }
    return found;
  }
}
