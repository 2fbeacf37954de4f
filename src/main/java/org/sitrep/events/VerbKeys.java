package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.clauses.DependencyGraph;

/**
 * The lexicon keys a verb may be listed under, most specific first: with its particle
 * ("shoot_down"), its object ("open_fire"), its complement (a "decline_comment" line would match
 * "declined to comment"), a preposition of its arguments ("call_on", "call_for"), then the bare
 * lemma.
 */
final class VerbKeys {
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("back", "out", "off", "down", "away");

  private VerbKeys() {}

  static List<String> of(DependencyGraph graph, int v) {
    String lemma = graph.lemma(v);
    List<String> keys = new ArrayList<>();
    String particle = graph.particle(v);
    if (!particle.isEmpty()) {
      keys.add(lemma + "_" + particle);
    }
    for (int a : graph.children(v, "advmod")) {
      // "pulled back to a line": the tagger often takes the particle for an adverb
      if (a == v + 1 && PARTICLES.contains(graph.lemma(a))) {
        keys.add(lemma + "_" + graph.lemma(a));
      }
    }
    String prefix = graph.prefix(v);
    if (!prefix.isEmpty()) {
      keys.add(prefix + "-" + lemma);
    }
    for (int o : graph.children(v, "obj")) {
      keys.add(lemma + "_" + graph.lemma(o));
    }
    for (int c : graph.childrenByBase(v, "xcomp")) {
      keys.add(lemma + "_" + graph.lemma(c));
    }
    for (String p : graph.prepositions(v)) {
      keys.add(lemma + "_" + p);
    }
    // "called for the measures to be lifted": a clause introduced by "for"
    for (int c : graph.children(v, "advcl:to")) {
      if (graph.children(c, "mark").stream().anyMatch(m -> graph.lemma(m).equals("for"))) {
        keys.add(lemma + "_for");
      }
    }
    keys.add(lemma);
    return keys;
  }

  /**
   * What a verb's condition on its complement looks at: its clausal complement ("vowed to
   * retaliate"), a second object or "as" phrase ("called the strike a war crime", "described the
   * vote as illegitimate", "called the strikes outrageous") and its "with" phrase ("threatened Iran
   * with force").
   */
  static List<Integer> complements(DependencyGraph graph, int v) {
    List<Integer> heads = new ArrayList<>(graph.childrenByBase(v, "xcomp"));
    heads.addAll(graph.childrenByBase(v, "ccomp"));
    heads.addAll(graph.obliques(v, "as"));
    heads.addAll(graph.children(v, "advcl:as"));
    heads.addAll(graph.obliques(v, "with"));
    // "called the strikes outrageous": the parser often leaves the object's predicate a bare dep
    heads.addAll(graph.children(v, "dep"));
    List<Integer> objects = graph.children(v, "obj");
    for (int o : graph.children(v, "iobj")) {
      // "called the sanctions economic terrorism": the predicate hangs off the first object
      heads.addAll(graph.children(o, "dep"));
    }
    for (int o : objects) {
      heads.addAll(graph.children(o, "dep"));
      // "described the vote as illegitimate": the "as" phrase hung on the object
      heads.addAll(graph.obliques(o, "as"));
      heads.addAll(graph.children(o, "acl:as"));
    }
    // "called the decision a historic day": the parser reads the predicate as a time
    heads.addAll(graph.children(v, "obl:tmod"));
    for (int in : graph.obliques(v, "in")) {
      // "called Israel's actions in Gaza genocide": the predicate swallowed into the place
      if (!graph.children(in, "compound").isEmpty()) {
        heads.add(in);
      }
    }
    if (objects.size() > 1) {
      heads.addAll(objects.subList(1, objects.size()));
    }
    if (Readings.namesTwice(graph, v)) {
      heads.addAll(objects);
    }
    for (int x : new ArrayList<>(heads)) {
      heads.addAll(graph.children(x, "amod"));
      heads.addAll(graph.children(x, "compound"));
      // "vowed to meet escalation with escalation", "promised to use force"
      heads.addAll(graph.children(x, "obj"));
      heads.addAll(graph.obliques(x, "with"));
      // "called the decision a reward for terrorism" parsed as one noun phrase; "an attempt to
      // assassinate him"
      heads.addAll(graph.children(x, "dep"));
      heads.addAll(graph.children(x, "acl:to"));
    }
    return heads;
  }
}
