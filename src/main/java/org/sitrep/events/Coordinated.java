package org.sitrep.events;

import java.util.List;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.coding.Located;
import org.sitrep.discourse.Mention;

/**
 * Whether an event pairs two conjuncts: "Japan and Australia condemned the test" is two events
 * against the tester, never Japan against Australia.
 */
final class Coordinated {
  private Coordinated() {}

  static boolean pair(DependencyGraph graph, List<Mention> mentions, Located e) {
    if (e.sourceAt() < 0 || e.targetAt() < 0) {
      return false;
    }
    int[] source = span(mentions, e.sourceAt());
    int[] target = span(mentions, e.targetAt());
    for (int s = source[0]; s < source[1]; s++) {
      for (Dependency d : graph.dependents(s)) {
        if (d.base().equals("conj") && d.dependent() >= target[0] && d.dependent() < target[1]) {
          return true;
        }
      }
      for (Dependency d : graph.governors(s)) {
        if (d.base().equals("conj") && d.governor() >= target[0] && d.governor() < target[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** A place or a thing where the target should be a party (placeTarget, thingTarget). */
  static boolean placeOrThingTarget(DependencyGraph graph, Located e) {
    return placeTarget(graph, e) || thingTarget(graph, e);
  }

  /** "met in Geneva", "spoke at the Munich Security Conference": a place, not a party. */
  static boolean placeTarget(DependencyGraph graph, Located e) {
    return isPlace(graph, e.targetAt());
  }

  /**
   * "leaders meeting in The Hague agreed", "the summit in the Russian city of Kazan": the place
   * where others act is no source.
   */
  static boolean placeSource(DependencyGraph graph, Located e) {
    // only a source the sentence names there: a pair drawn from "the talks" is no place
    return e.sourceAt() >= 0
        && e.sourceAt() < graph.size()
        && e.sourceText()
            .toLowerCase(java.util.Locale.ROOT)
            .contains(graph.word(e.sourceAt()).text().toLowerCase(java.util.Locale.ROOT))
        && isPlace(graph, e.sourceAt());
  }

  private static boolean isPlace(DependencyGraph graph, int at) {
    if (at < 0 || at >= graph.size()) {
      return false;
    }
    for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
      String w = graph.word(k).text().toLowerCase(java.util.Locale.ROOT);
      if (PLACE_PREPOSITIONS.contains(w)) {
        return true;
      }
      String tag = graph.word(k).tag();
      if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NNP"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Chinese tourists flocked to Japanese ski resorts": one meets people, not the things a
   * nationality describes. A consultation (04, visits and hosting aside) whose target is only the
   * adjective of a noun that names no group is no dyad.
   */
  static boolean thingTarget(DependencyGraph graph, Located e) {
    String code = e.code().value();
    int at = e.targetAt();
    if (!code.startsWith("04")
        || code.startsWith("042")
        || code.startsWith("043")
        || at < 0
        || at >= graph.size()
        || !graph.word(at).tag().startsWith("JJ")) {
      return false;
    }
    for (Dependency d : graph.governors(at)) {
      if (d.relation().equals("amod") && d.governor() >= 0) {
        String noun = graph.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT);
        return graph.isNoun(d.governor()) && !GroupNouns.isGroupNoun(noun);
      }
    }
    return false;
  }

  /** "according to Iranian state television": the outlet that reports is not a party. */
  static boolean reporter(DependencyGraph graph, Located e) {
    return inAccordingTo(graph, e.sourceAt()) || inAccordingTo(graph, e.targetAt());
  }

  private static boolean inAccordingTo(DependencyGraph graph, int word) {
    for (int k = Math.min(word, graph.size()) - 1; k >= 1 && k >= word - 6; k--) {
      if (graph.word(k).text().equalsIgnoreCase("to")
          && graph.word(k - 1).text().equalsIgnoreCase("according")) {
        return true;
      }
      String tag = graph.word(k).tag();
      if (!(tag.equals("DT")
          || tag.startsWith("JJ")
          || tag.startsWith("NN")
          || tag.equals("POS"))) {
        return false;
      }
    }
    return false;
  }

  /** An actor and its own country ("France ... French support") are one party, not a dyad. */
  static boolean sameParty(Located e) {
    return !e.target().isNone() && Dyads.oneParty(e.source(), e.target());
  }

  private static final java.util.Set<String> PLACE_PREPOSITIONS =
      java.util.Set.of("in", "at", "near", "across", "inside", "around", "outside");

  private static int[] span(List<Mention> mentions, int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return new int[] {word, word + 1};
  }
}
