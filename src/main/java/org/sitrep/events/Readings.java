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
  // verbs that name their object something: "called the test a provocation"
  private static final java.util.Set<String> NAMING =
      java.util.Set.of("call", "brand", "label", "term", "dub", "deem");
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "this");
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

  /**
   * Whether a verb of naming was parsed with two objects ("called [the test] [a provocation]"): its
   * indirect object is what it names, its direct object the name.
   */
  static boolean namesTwice(DependencyGraph graph, int v) {
    return NAMING.contains(graph.lemma(v))
        && !graph.children(v, "iobj").isEmpty()
        && !graph.children(v, "obj").isEmpty();
  }

  /** A reading that says the verb tells no event ("take_place", "take_effect"). */
  static boolean isEventless(Entry e) {
    return e.code().equals("-");
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
      return objects(v).stream().anyMatch(this::namesPerson);
    }
    if (e.conditionClass().equals("nothing")) {
      // "denied the report", not "denied to give up territory"
      return graph.childrenByBase(v, slot).isEmpty();
    }
    List<Integer> heads =
        switch (slot) {
          case "obj" -> objectsOrRelativeHead(v);
          case "xcomp" -> VerbKeys.complements(graph, v);
          // "called in the Chinese ambassador", parsed as a preposition
          default -> graph.obliques(v, slot);
        };
    for (int h : heads) {
      if (lexicon.inClass(e.conditionClass(), graph.lemma(h))) {
        return true;
      }
      // "a captured Indian border guard", "detained journalists"
      for (int mod : graph.children(h, "amod")) {
        if (lexicon.inClass(e.conditionClass(), graph.lemma(mod))) {
          return true;
        }
      }
      // "an act of aggression", "a rehearsal for invasion"
      List<Integer> inner = new java.util.ArrayList<>(graph.obliques(h, "of"));
      inner.addAll(graph.obliques(h, "for"));
      for (int of : inner) {
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
   * "a charge Kigali rejects": a relative clause with no "that" leaves its verb without an object;
   * the noun it describes is what the verb is done to.
   */
  private List<Integer> objectsOrRelativeHead(int v) {
    List<Integer> direct = objects(v);
    if (!direct.isEmpty()) {
      return direct;
    }
    List<Integer> heads = new java.util.ArrayList<>();
    for (var d : graph.governors(v)) {
      if (d.relation().equals("acl:relcl") && d.governor() >= 0 && d.governor() < v) {
        heads.add(d.governor());
      }
    }
    return heads;
  }

  private boolean hasPunctuation(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (graph.word(k).tag().equals(",") || graph.word(k).tag().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /** "Trump", "American teacher Marc Fogel": the head or the name the parser hangs beside it. */
  private boolean namesPerson(int h) {
    if (graph.word(h).ner().equals("PERSON")) {
      return true;
    }
    for (var d : graph.dependents(h)) {
      String r = d.base();
      if ((r.equals("dep") || r.equals("appos"))
          && graph.word(d.dependent()).ner().equals("PERSON")) {
        return true;
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
    if (namesTwice(graph, v)) {
      // "called the test a clear provocation" read as two objects: the first is what is named
      return heldObject(v, indirect);
    }
    boolean placeOnly =
        !direct.isEmpty() && direct.stream().allMatch(h -> COMPASS.contains(graph.lemma(h)));
    // "struck RSF positions east of the city" is parsed with "positions" as the indirect object
    if (placeOnly && !indirect.isEmpty() || direct.isEmpty()) {
      direct = indirect;
    }
    if (direct.isEmpty()) {
      // "called the decision a reward for terrorism" read as one complement: its first noun
      for (int x : graph.children(v, "xcomp")) {
        if (graph.isNoun(x) && !graph.children(x, "dep").isEmpty()) {
          return List.of(x);
        }
      }
    }
    return direct.isEmpty() ? participleSubjects(v) : heldObject(v, direct);
  }

  /**
   * "condemned the launch, calling it a violation of ...": the "it" of a participle that comments
   * on the main verb is that verb's object, whatever else the article last called "it".
   */
  private List<Integer> heldObject(int v, List<Integer> direct) {
    if (direct.size() != 1
        || !PRONOUNS.contains(graph.lemma(direct.get(0)).toLowerCase(Locale.ROOT))
        || !graph.word(v).tag().equals("VBG")) {
      return direct;
    }
    for (var d : graph.governors(v)) {
      if (d.base().equals("advcl") && d.governor() >= 0 && d.governor() < v) {
        List<Integer> held = graph.children(d.governor(), "obj");
        if (!held.isEmpty()) {
          return held;
        }
      }
    }
    return direct;
  }

  /**
   * "intercepted a missile fired from Yemen", "intercepted drones crossing its airspace": the
   * parser often reads the object and its participle as a clause; the participle's subject is the
   * object.
   */
  private List<Integer> participleSubjects(int v) {
    List<Integer> out = new java.util.ArrayList<>();
    for (var d : graph.dependents(v)) {
      String tag = graph.word(d.dependent()).tag();
      // a participle, or a past tense the tagger took for one; never a "that" clause
      boolean participle =
          (tag.equals("VBN") || tag.equals("VBG") || tag.equals("VBD"))
              && graph.children(d.dependent(), "mark").isEmpty();
      if ((d.base().equals("ccomp") || d.base().equals("dep"))
          && participle
          && d.dependent() > v
          && !hasPunctuation(v, d.dependent())) {
        // not "was hurt, state media said": the object follows the verb directly
        out.addAll(graph.children(d.dependent(), "nsubj"));
      }
    }
    return out;
  }
}
