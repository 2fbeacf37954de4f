package org.sitrep.clauses;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/*
 * Design note. The shift-reduce parser is fast and mostly right, but two of its misreadings cost
 * whole events in news copy. After a past perfect it may take the participle for an adjective of
 * the object ("the barrage had targeted military sites": "had" the verb, "targeted" an amod of
 * "sites"), and it may join a second object to the verb instead of to the first object ("seized
 * the airport and the governor's office": conj(seized, office)). Both are repaired on the
 * dependencies before the coder reads them; everything else is left as parsed.
 */

/**
 * Repairs two misparses of the shift-reduce parser: a past perfect's participle read as an
 * adjective, and a second object conjoined to the verb.
 *
 * <pre>{@code ParseRepairs.apply(words, deps)  // amod(sites, targeted) -> obj(targeted, sites)}
 * </pre>
 */
public final class ParseRepairs {
  private ParseRepairs() {}

  /** The dependencies with both misparses repaired. */
  public static List<Dependency> apply(List<Word> words, List<Dependency> dependencies) {
    List<Dependency> deps = new ArrayList<>(dependencies);
    for (Dependency obj : List.copyOf(deps)) {
      if (obj.relation().equals("obj") && obj.governor() >= 0) {
        participle(words, deps, obj);
      }
    }
    for (Dependency conj : List.copyOf(deps)) {
      if (conj.base().equals("conj") && conj.governor() >= 0) {
        secondObject(words, deps, conj);
      }
    }
    return deps;
  }

  /**
   * "had targeted military sites": obj(had, sites) with amod(sites, targeted) right after "had"
   * becomes obj(targeted, sites) with "had" its auxiliary; what hung off "had" hangs off the verb.
   */
  private static void participle(List<Word> words, List<Dependency> deps, Dependency obj) {
    int have = obj.governor();
    int verb = have + 1;
    if (!words.get(have).lemma().equalsIgnoreCase("have")
        || verb >= words.size()
        || !words.get(verb).tag().equals("VBN")
        || !deps.contains(new Dependency(obj.dependent(), "amod", verb))) {
      return;
    }
    deps.remove(obj);
    deps.remove(new Dependency(obj.dependent(), "amod", verb));
    for (int k = 0; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() == have) {
        deps.set(k, new Dependency(verb, d.relation(), d.dependent()));
      } else if (d.dependent() == have) {
        deps.set(k, new Dependency(d.governor(), d.relation(), verb));
      }
    }
    deps.add(new Dependency(verb, "obj", obj.dependent()));
    deps.add(new Dependency(verb, "aux", have));
  }

  /**
   * "seized the airport and the governor's office": conj(seized, office) becomes conj(airport,
   * office) when the verb's object stands before the noun.
   */
  private static void secondObject(List<Word> words, List<Dependency> deps, Dependency conj) {
    int verb = conj.governor();
    int noun = conj.dependent();
    if (!words.get(verb).tag().startsWith("VB") || !words.get(noun).tag().startsWith("NN")) {
      return;
    }
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("obj") && d.dependent() < noun) {
        deps.set(deps.indexOf(conj), new Dependency(d.dependent(), conj.relation(), noun));
        return;
      }
    }
  }
}
