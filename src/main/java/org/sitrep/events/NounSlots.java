package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.clauses.PredicateLexicon.Entry;
import org.sitrep.events.ClauseActors.Found;

/*
 * Design note. An event noun's arguments sit where the parser hangs them, not where the lexicon
 * says: "the imposition of tariffs on Indian goods" puts the target on the "of" noun, "the release
 * of three hostages by Hamas" the agent; "a strike on the port of Odesa" names the place, and the
 * actor is the place's own "of", "in" or "to" phrase. A noun in a verb's "in" phrase ("killed a
 * commander in a drone strike", "said in a phone call with") is the verb's act.
 */

/** Where an event noun's agents and targets are found, and what it tells of a verb's act. */
final class NounSlots {
  /** The targets found and whether they came from a "between" phrase (a reciprocal act). */
  record Targets(List<Found> found, boolean between) {}

  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
  // nouns of travel and calls that an "on" phrase hangs on the traveller's verb
  private static final Set<String> TRIPS = Set.of("visit", "trip", "tour", "call");
  // the phrases of a target noun that may name its actor: "the port of Odesa"
  private static final List<String> PLACE_OF = List.of("of", "in", "to", "from");

  private NounSlots() {}

  /**
   * The targets of the noun's first slot that names one, looked for on the noun, on its carrying
   * verb (-1 for none) and on its "of" noun, and one phrase deeper when the head names no actor.
   */
  static Targets targets(
      DependencyGraph graph, ClauseActors actors, int noun, int verb, Entry entry) {
    for (String slot : entry.targets()) {
      List<Integer> heads = new ArrayList<>(graph.obliques(noun, slot));
      if (verb >= 0) {
        heads.addAll(graph.obliques(verb, slot));
      }
      for (int of : graph.obliques(noun, "of")) {
        heads.addAll(graph.obliques(of, slot));
      }
      List<Found> found = new ArrayList<>();
      for (int h : heads) {
        List<Found> direct = actors.of(h);
        found.addAll(direct.isEmpty() ? placeActors(graph, actors, h) : direct);
      }
      if (!found.isEmpty()) {
        return new Targets(found, slot.equals("between"));
      }
    }
    return new Targets(List.of(), false);
  }

  private static List<Found> placeActors(DependencyGraph graph, ClauseActors actors, int head) {
    List<Found> found = new ArrayList<>();
    for (String p : PLACE_OF) {
      for (int h : graph.obliques(head, p)) {
        found.addAll(actors.of(h));
      }
    }
    return found;
  }

  /** The "by" phrases of a noun, or of its "of" noun ("the release of hostages by Hamas"). */
  static List<Integer> byPhrases(DependencyGraph graph, int noun) {
    List<Integer> by = new ArrayList<>(graph.obliques(noun, "by"));
    if (by.isEmpty()) {
      for (int of : graph.obliques(noun, "of")) {
        by.addAll(graph.obliques(of, "by"));
      }
    }
    return by;
  }

  /**
   * The verb whose "in" or "during" phrase the noun is ("said in a phone call with"), or whose "on"
   * phrase a trip or call is ("on a visit to Israel, told the Knesset"), or -1.
   */
  static int carryingVerb(DependencyGraph graph, int noun) {
    boolean trip = TRIPS.contains(graph.lemma(noun));
    for (var d : graph.governors(noun)) {
      if ((d.relation().equals("obl:in")
              || d.relation().equals("obl:during")
              || trip && d.relation().equals("obl:on"))
          && d.governor() >= 0
          && graph.isVerb(d.governor())) {
        return d.governor();
      }
    }
    return -1;
  }

  /**
   * The code of a violent act told through its weapon: "the strike killed four", "killed a
   * commander in a drone strike" are strikes (195), not a generic 190; the verb's own code when it
   * is specific or no such noun is there. A commander's killing (186) told through its weapon is a
   * strike too.
   */
  static String violentCode(
      DependencyGraph graph, PredicateLexicon lexicon, int verb, String code) {
    if (code.length() < 3
        || !(code.endsWith("0") || code.equals("186"))
        || !VIOLENT_ROOTS.contains(code.substring(0, 2))
        || verb < 0
        || !graph.isVerb(verb)) {
      return code;
    }
    List<Integer> heads = new ArrayList<>(graph.children(verb, "nsubj"));
    for (String p : List.of("in", "with", "by", "during")) {
      heads.addAll(graph.obliques(verb, p));
    }
    heads.addAll(graph.children(verb, "obl:agent"));
    for (int h : heads) {
      Optional<Entry> noun =
          graph.isNoun(h) ? NounKeys.reading(graph, lexicon, h) : Optional.empty();
      if (noun.isPresent()
          && noun.get().code().length() >= 3
          && VIOLENT_ROOTS.contains(noun.get().root())) {
        return noun.get().code();
      }
    }
    return code;
  }

  /** "a missile fired from Yemen": where a projectile with no owner named came from. */
  static List<Found> launchers(DependencyGraph graph, ClauseActors actors, int projectile) {
    List<Integer> from = new ArrayList<>(graph.obliques(projectile, "from"));
    for (int participle : graph.childrenByBase(projectile, "acl")) {
      from.addAll(graph.obliques(participle, "from"));
    }
    int clause = graph.governor(projectile, "nsubj");
    if (clause >= 0) {
      // the parser's "intercepted [a missile fired from Yemen]"
      from.addAll(graph.obliques(clause, "from"));
    }
    List<Found> found = new ArrayList<>();
    for (int f : from) {
      found.addAll(actors.of(f));
    }
    return found;
  }

  /** Who does what a noun names: "Russia's", "Russian", "US" strikes, strikes "by Israel". */
  static List<Found> agents(DependencyGraph graph, ClauseActors actors, int n) {
    List<Found> agents = new ArrayList<>();
    for (int by : NounSlots.byPhrases(graph, n)) {
      agents.addAll(actors.of(by));
    }
    if (agents.isEmpty()) {
      actors.modifierActor(n).ifPresent(agents::add);
    }
    return agents;
  }
}
