package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/**
 * Whom an appeal asks to act when no actor code names them: "urged member states to de-escalate",
 * "called on Western partners to send air defences" ask unnamed others; "the army asked people to
 * stay away" asks the source's own population; "urged calm" or "called for restraint" ask no one.
 */
final class Addressees {
  // quantifiers that stand for unnamed addressees: "urged anyone holding a pager to ..."
  private static final Set<String> ANYONE = Set.of("anyone", "anybody", "everyone", "everybody");
  // a state's appeal to these is to its own population
  private static final Set<String> PUBLIC =
      Set.of("person", "people", "resident", "citizen", "public", "population", "civilian");

  private Addressees() {}

  /**
   * The verb at {@code v} asks others it names only by a plural noun or a quantifier ("member
   * states", "partners", "anyone") to do something; a pronoun or "the government" names an actor
   * the coder failed to resolve, and is no unnamed addressee.
   */
  static boolean unnamed(DependencyGraph graph, int v) {
    if (v < 0 || v >= graph.size() || !graph.isVerb(v)) {
      return false;
    }
    if (graph.childrenByBase(v, "xcomp").isEmpty()) {
      return false;
    }
    return addressees(graph, v).stream()
        .anyMatch(
            a ->
                graph.word(a).tag().startsWith("NNS")
                    || graph.word(a).tag().equals("NNPS")
                    || ANYONE.contains(graph.lemma(a).toLowerCase(Locale.ROOT)));
  }

  /** The population an appeal "to people" or "to residents" asks, as the source's civilians. */
  static List<Found> publicOf(DependencyGraph graph, int v, List<Found> sources) {
    boolean toPublic =
        addressees(graph, v).stream()
            .anyMatch(
                a ->
                    PUBLIC.contains(graph.lemma(a).toLowerCase(Locale.ROOT))
                        // "residents of the south": a place names whose people they are
                        && graph.childrenByBase(a, "nmod").isEmpty()
                        && graph.childrenByBase(a, "acl").isEmpty());
    // "urged people in northern Gaza to move": the place, often hung on the verb, names whose
    boolean placed =
        graph.obliques(v, "in").stream().anyMatch(p -> graph.word(p).ner().equals("LOCATION"));
    if (!toPublic || placed || sources.isEmpty() || graph.childrenByBase(v, "xcomp").isEmpty()) {
      return List.of();
    }
    String country = sources.get(0).code().country();
    if (country.length() != 3 || country.startsWith("-") || country.equals("IGO")) {
      return List.of();
    }
    return List.of(new Found(ActorCode.of(country + "CVL"), v, "the population"));
  }

  private static List<Integer> addressees(DependencyGraph graph, int v) {
    List<Integer> out = new java.util.ArrayList<>(graph.children(v, "obj"));
    out.addAll(graph.children(v, "iobj"));
    out.addAll(graph.obliques(v, "on"));
    return out;
  }
}
