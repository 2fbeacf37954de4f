package org.sitrep.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;

/*
 * Design note. "Tehran condemned the attack" judges whoever the story says attacked, not whoever
 * last did something called an attack: a story of strikes and counter-strikes names its aggressor
 * most often ("Israeli operation", "Israeli aggression", "Israel struck ..."). Each country's acts
 * of force are counted, as coded events and as force nouns it is named the doer of; a judge's
 * condemnation of a force noun with no doer of its own goes to the most counted country other
 * than the judge's; among equals the first told, as retaliation is told after what it answers.
 */

/** How often each country was told using force in the article, for "condemned the attack". */
final class ForceTally {
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
  // force words the lexicon codes no event for: "Israeli aggression", "a Russian operation"
  private static final Set<String> FORCE_WORDS = Set.of("aggression", "operation");
  private final PredicateLexicon lexicon;
  // per country: times told using force, and its latest doer, in order of first telling
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, Found> latest = new LinkedHashMap<>();

  ForceTally(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether noun lemma {@code lemma} names an act of force ("the raids", "the aggression"). */
  boolean isForce(String lemma) {
    return FORCE_WORDS.contains(lemma)
        || lexicon.noun(lemma).filter(e -> FORCE_ROOTS.contains(e.root())).isPresent();
  }

  /** Counts a sentence's coded acts of force by one country on another. */
  void record(List<Located> events) {
    for (Located e : events) {
      String from = e.source().country();
      if (FORCE_ROOTS.contains(e.code().root())
          && !e.target().isNone()
          && !from.equals(e.target().country())) {
        count(from, new Found(e.source(), e.sourceAt(), e.sourceText()));
      }
    }
  }

  /** Counts the force nouns of a sentence whose doer is named: "Israeli aggression". */
  void recordNouns(DependencyGraph graph, ClauseActors actors) {
    for (int n = 0; n < graph.size(); n++) {
      if (graph.isNoun(n) && isForce(graph.lemma(n))) {
        actors.namedModifierActor(n).ifPresent(a -> count(a.code().country(), a));
      }
    }
  }

  /** The most counted user of force whose country none of {@code judges} is of. */
  Optional<Found> aggressorFor(List<Found> judges, int at) {
    Found best = null;
    int most = 0;
    for (var entry : latest.entrySet()) {
      String country = entry.getKey();
      int count = counts.getOrDefault(country, 0);
      boolean judging = judges.stream().anyMatch(j -> j.code().country().equals(country));
      if (!judging && count > most) {
        most = count;
        best = entry.getValue();
      }
    }
    return Optional.ofNullable(best).map(b -> new Found(b.code(), at, b.text()));
  }

  private void count(String country, Found doer) {
    if (country.length() != 3 || country.startsWith("-")) {
      return;
    }
    counts.merge(country, 1, Integer::sum);
    latest.put(country, doer);
  }
}
