package org.sitrep.events;

import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;

/**
 * The lexicon key of an event noun: with its compound or adjective modifier when the lexicon lists
 * that pair ("drone_attack", "air_strike", "missile_test"), else its lemma.
 */
final class NounKeys {
  // nouns that hold events without being one: "a package of sanctions", "a wave of strikes",
  // "a state of emergency"
  private static final java.util.Set<String> CONTAINERS =
      java.util.Set.of(
          "package", "round", "wave", "series", "string", "set", "spate", "volley", "state");

  private NounKeys() {}

  /** The event noun a container noun holds ("package of sanctions": sanctions), else the noun. */
  static int eventHead(DependencyGraph graph, PredicateLexicon lexicon, int noun) {
    if (CONTAINERS.contains(graph.lemma(noun))) {
      for (int of : graph.obliques(noun, "of")) {
        if (lexicon.noun(lemma(graph, lexicon, of)).isPresent()) {
          return of;
        }
      }
    }
    return noun;
  }

  /**
   * The noun's reading: the first entry of its key whose condition on a prepositional phrase holds
   * ("the delivery of air defence systems" is military aid, "a ban on exports" an embargo).
   */
  static java.util.Optional<PredicateLexicon.Entry> reading(
      DependencyGraph graph, PredicateLexicon lexicon, int noun) {
    for (PredicateLexicon.Entry e : lexicon.nouns(lemma(graph, lexicon, noun))) {
      String slot = e.conditionSlot();
      if (slot.isEmpty()) {
        return java.util.Optional.of(e);
      }
      for (int h : graph.obliques(noun, slot)) {
        if (lexicon.inClass(e.conditionClass(), graph.lemma(h))
            || graph.children(h, "compound").stream()
                .anyMatch(c -> lexicon.inClass(e.conditionClass(), graph.lemma(c)))) {
          return java.util.Optional.of(e);
        }
      }
    }
    return java.util.Optional.empty();
  }

  static String lemma(DependencyGraph graph, PredicateLexicon lexicon, int noun) {
    String lemma = graph.lemma(noun);
    for (var d : graph.dependents(noun)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        String key = graph.lemma(d.dependent()) + "_" + lemma;
        if (lexicon.noun(key).isPresent()) {
          return key;
        }
      }
    }
    return lemma;
  }
}
