package org.sitrep.clauses;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/*
 * Design note. The shift-reduce parser is fast and mostly right, but some of its misreadings cost
 * whole events in news copy. After a past perfect it may take the participle for an adjective of
 * the object ("the barrage had targeted military sites": "had" the verb, "targeted" an amod of
 * "sites"), and it may join a second object to the verb instead of to the first object ("seized
 * the airport and the governor's office": conj(seized, office)). It lends a passive conjunct's
 * subject to an active one as a passive subject, takes the subject after "Late on Wednesday," for
 * an apposition of the date, and reads "around 100 drones" as a prepositional phrase. These are
 * repaired on the dependencies before the coder reads them; everything else is left as parsed.
 */

/**
 * Repairs misparses of the shift-reduce parser: a past perfect's participle read as an adjective, a
 * second object conjoined to the verb, a passive subject lent to an active conjunct, a hedged count
 * read as a prepositional phrase, "persona non grata" and a subject hung on an opening date.
 *
 * <pre>{@code ParseRepairs.apply(words, deps)  // amod(sites, targeted) -> obj(targeted, sites)}
 * </pre>
 */
public final class ParseRepairs {
  private ParseRepairs() {}

  /** The dependencies with these misparses repaired. */
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
        lentPassiveSubject(words, deps, conj);
      }
    }
    for (Dependency obl : List.copyOf(deps)) {
      if (obl.base().equals("obl") && obl.governor() >= 0) {
        approximateCount(words, deps, obl);
      }
    }
    PersonaNonGrata.repair(words, deps);
    DatedSubject.repair(words, deps);
    return deps;
  }

  /**
   * "had been told of the plans and urged Tehran to negotiate": the parser lends the passive
   * conjunct's subject to the active one as nsubj:pass, which makes "urged" a passive with
   * Washington as its object; an active past-tense conjunct with no passive auxiliary takes it as
   * its plain subject.
   */
  private static void lentPassiveSubject(List<Word> words, List<Dependency> deps, Dependency conj) {
    int verb = conj.dependent();
    if (!words.get(verb).tag().equals("VBD") || has(deps, verb, "aux:pass")) {
      return;
    }
    for (int k = 0; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() == verb
          && d.relation().equals("nsubj:pass")
          && deps.contains(new Dependency(conj.governor(), "nsubj:pass", d.dependent()))) {
        deps.set(k, new Dependency(verb, "nsubj", d.dependent()));
      }
    }
  }

  /**
   * "intercepted around 100 drones", "detained about 40 people": the parser reads the hedge before
   * a number as a preposition, so the verb loses its object; such a phrase is the object when the
   * verb has none.
   */
  private static void approximateCount(List<Word> words, List<Dependency> deps, Dependency obl) {
    int verb = obl.governor();
    int noun = obl.dependent();
    boolean counted =
        HEDGES.contains(obl.suffix())
            && deps.stream()
                .anyMatch(
                    d ->
                        d.governor() == noun
                            && d.relation().equals("case")
                            && d.dependent() + 1 < noun
                            && words.get(d.dependent() + 1).tag().equals("CD"));
    if (!counted || !words.get(verb).tag().startsWith("VB") || has(deps, verb, "obj")) {
      return;
    }
    deps.set(deps.indexOf(obl), new Dependency(verb, "obj", noun));
  }

  private static final java.util.Set<String> HEDGES = java.util.Set.of("around", "about", "over");

  private static boolean has(List<Dependency> deps, int governor, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
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
   * office) when the verb's object stands before the noun, and the noun's aimed phrases the verb's.
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
        aimedPhrases(words, deps, verb, noun);
        return;
      }
    }
  }

  // prepositions that tell where a verb's act is aimed, not what a noun is
  private static final java.util.Set<String> AIMED =
      java.util.Set.of("at", "on", "against", "into", "toward", "towards");

  /**
   * "fired tear gas and pepper spray at the crowds": read as a clause, the second object took the
   * phrase that says at whom the act was aimed; it goes back to the verb.
   */
  private static void aimedPhrases(List<Word> words, List<Dependency> deps, int verb, int noun) {
    for (int k = 0; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      boolean attached =
          d.governor() == noun && (d.base().equals("nmod") || d.relation().equals("dep"));
      String preposition = attached ? caseOf(words, deps, d.dependent()) : "";
      if (d.dependent() > noun && AIMED.contains(preposition)) {
        deps.set(k, new Dependency(verb, "obl:" + preposition, d.dependent()));
      }
    }
  }

  private static String caseOf(List<Word> words, List<Dependency> deps, int noun) {
    for (Dependency d : deps) {
      if (d.governor() == noun && d.relation().equals("case")) {
        return words.get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }
}
