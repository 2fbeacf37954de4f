package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;

/** Where a verb's event noun and its prepositional targets sit in the parse. */
final class ClauseSlots {
  private ClauseSlots() {}

  // verbs of answering, whose "with" phrase names the answer: "responded with tariffs"
  private static final java.util.Set<String> ANSWERS =
      java.util.Set.of("respond", "retaliate", "reply");

  /**
   * Objects that may be event nouns: the direct object, or "to"/"in"/"on" ("agreed to a truce"), or
   * the answer a verb of answering gives "with" ("retaliated with sanctions").
   */
  static List<Integer> eventObjects(DependencyGraph graph, int v) {
    List<Integer> objects = new ArrayList<>(graph.children(v, "obj"));
    objects.addAll(graph.obliques(v, "to"));
    objects.addAll(graph.obliques(v, "in"));
    objects.addAll(graph.obliques(v, "on"));
    if (ANSWERS.contains(graph.lemma(v))) {
      objects.addAll(graph.obliques(v, "with"));
    }
    if (graph.isPassive(v)) {
      objects.addAll(graph.children(v, "nsubj:pass"));
    }
    return objects;
  }

  /**
   * "fired 145 drones at Ukraine" is often parsed with the phrase on the object, not the verb, or
   * on a place named before it; but the "of" phrase of an event noun is the event's own ("demanded
   * the release of activists": not a demand of the activists).
   */
  static List<Integer> prepositional(
      DependencyGraph graph, PredicateLexicon lexicon, int v, String preposition) {
    List<Integer> heads = graph.obliques(v, preposition);
    List<Integer> objects = graph.children(v, "obj");
    if (heads.isEmpty()) {
      for (int object : objects) {
        if (preposition.equals("of") && lexicon.noun(graph.lemma(object)).isPresent()) {
          continue;
        }
        heads.addAll(graph.obliques(object, preposition));
      }
    }
    for (int head : List.copyOf(heads)) {
      // "lifted restrictions on defence cooperation with Azerbaijan": the party of the act named
      if (lexicon.noun(graph.lemma(head)).isPresent()
          || lexicon.inClass("trade", graph.lemma(head))) {
        heads.addAll(graph.obliques(head, "with"));
      }
    }
    if (heads.isEmpty() && !preposition.equals("in")) {
      // "recaptured the palace in Khartoum from the RSF": the phrase hung on the place before it
      List<Integer> places = new ArrayList<>(graph.obliques(v, "in"));
      objects.forEach(o -> places.addAll(graph.obliques(o, "in")));
      for (int place : places) {
        heads.addAll(graph.obliques(place, preposition));
      }
    }
    return heads;
  }

  /**
   * The subjects of a verb's clausal complement: "called for the measures to be lifted", "called
   * for Israel to withdraw".
   */
  static List<Integer> clauseSubjects(DependencyGraph graph, int v) {
    List<Integer> subjects = new ArrayList<>();
    for (String relation : List.of("advcl", "xcomp", "ccomp")) {
      for (int c : graph.childrenByBase(v, relation)) {
        subjects.addAll(graph.children(c, "nsubj"));
        subjects.addAll(graph.children(c, "nsubj:pass"));
      }
    }
    return subjects;
  }
}
