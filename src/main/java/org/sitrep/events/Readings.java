package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.clauses.PredicateLexicon.Entry;

/** The lexicon reading of a verb: the first entry, by most specific key, whose condition holds. */
final class Readings {
  private static final java.util.Set<String> COMPASS =
      java.util.Set.of(
          "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
  private final PredicateLexicon lexicon;
  private final DependencyGraph graph;

  Readings(PredicateLexicon lexicon, DependencyGraph graph) {
    this.lexicon = lexicon;
    this.graph = graph;
  }

  /** The first reading of the verb whose condition holds, by its most specific lemma first. */
  Optional<Entry> first(int v, List<String> keys) {
    for (String key : keys) {
      for (Entry e : lexicon.verb(key)) {
        if (holds(v, e)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private boolean holds(int v, Entry e) {
    String slot = e.conditionSlot();
    if (slot.isEmpty()) {
      return true;
    }
    if (e.conditionClass().equals("anything")) {
      // "told Tehran to end its support", not "told reporters that ..."
      return !graph.childrenByBase(v, slot).isEmpty();
    }
    if (e.conditionClass().equals("person")) {
      // "welcomed Trump in Riyadh": a visitor, not a decision
      return objects(v).stream().anyMatch(h -> graph.word(h).ner().equals("PERSON"));
    }
    if (e.conditionClass().equals("nothing")) {
      // "denied the report", not "denied to give up territory"
      return graph.childrenByBase(v, slot).isEmpty();
    }
    List<Integer> heads =
        switch (slot) {
          case "obj" -> objects(v);
          case "xcomp" -> VerbKeys.complements(graph, v);
          // "called in the Chinese ambassador", parsed as a preposition
          default -> graph.obliques(v, slot);
        };
    for (int h : heads) {
      if (lexicon.inClass(e.conditionClass(), graph.lemma(h))) {
        return true;
      }
      for (int of : graph.obliques(h, "of")) {
        if (lexicon.inClass(e.conditionClass(), graph.lemma(of))) {
          return true;
        }
      }
      // "summoned Japanese Ambassador Kenji Kanasugi": the title before a name
      if (graph.word(h).ner().equals("PERSON")) {
        for (int title : graph.children(h, "compound")) {
          if (lexicon.inClass(e.conditionClass(), graph.lemma(title).toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The verb's objects: the subject of a passive; an indirect object when there is no direct one
   * ("called the sanctions economic terrorism" is often parsed so).
   */
  List<Integer> objects(int v) {
    if (graph.isPassive(v)) {
      return graph.children(v, "nsubj:pass");
    }
    List<Integer> direct = graph.children(v, "obj");
    List<Integer> indirect = graph.children(v, "iobj");
    boolean placeOnly = direct.stream().allMatch(h -> COMPASS.contains(graph.lemma(h)));
    // "struck RSF positions east of the city" is parsed with "positions" as the indirect object
    return placeOnly && !indirect.isEmpty() ? indirect : direct.isEmpty() ? indirect : direct;
  }
}
