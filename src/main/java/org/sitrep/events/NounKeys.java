package org.sitrep.events;

import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;

/**
 * The lexicon key of an event noun: with its compound or adjective modifier when the lexicon lists
 * that pair ("drone_attack", "air_strike", "missile_test"), else its lemma.
 */
final class NounKeys {
  private NounKeys() {}

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
