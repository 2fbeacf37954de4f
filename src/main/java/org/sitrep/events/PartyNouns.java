package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/**
 * Nouns that stand for parties the article has named rather than naming one: "the two leaders",
 * "the three juntas", "the pair"; and a role noun with no country ("the army", "police"), which is
 * the story's own country's.
 */
final class PartyNouns {
  private static final List<String> NUMBERS = List.of("two", "three", "four", "five");
  private static final java.util.Set<String> COUNTRY_NOUNS = java.util.Set.of("country", "nation");
  private static final java.util.Set<String> DESCRIBING =
      java.util.Set.of("describe", "identify", "label", "characterize", "characterise");
  private final DependencyGraph graph;
  private final ArticleParties parties;

  PartyNouns(DependencyGraph graph, ArticleParties parties) {
    this.graph = graph;
    this.parties = parties;
  }

  /**
   * The parties a noun stands for by its own words: "people he described as members of X" are X;
   * else a pair noun's story parties, unless a country modifies the noun ("two Israeli ministers").
   */
  Optional<List<Found>> describedOrStory(
      int head, String lemma, IntFunction<List<Found>> actorsAt, boolean hasModifier) {
    Optional<List<Found>> described = describedAs(head, actorsAt).map(List::of);
    return described.isPresent() || hasModifier ? described : storyParties(head, lemma);
  }

  /**
   * "the two leaders", "the three juntas", "the pair": the parties the article named, in the noun's
   * role ("the two leaders" are their governments; "the two sides" keep the codes they were told
   * by). The caller leaves out nouns a country modifies ("two Israeli ministers" are Israeli).
   */
  Optional<List<Found>> storyParties(int head, String lemma) {
    if (!GroupNouns.isPair(lemma)) {
      return Optional.empty();
    }
    int count = partyCount(head, lemma);
    if (count == 0) {
      return Optional.empty();
    }
    List<Found> parts = count == 2 ? parties.mainTwo(head) : parties.lastCountries(count, head);
    String role = GroupNouns.role(lemma);
    return Optional.of(parts.stream().map(f -> ClauseActors.inRole(f, role)).toList());
  }

  /**
   * "11 people he described as members of the Tren de Aragua gang": a group the clause on it names
   * as (members of) an actor is that actor, not the story's own people.
   */
  Optional<Found> describedAs(int head, IntFunction<List<Found>> actorsAt) {
    for (int clause : graph.childrenByBase(head, "acl")) {
      if (!DESCRIBING.contains(graph.lemma(clause))) {
        continue;
      }
      for (int as : graph.obliques(clause, "as")) {
        List<Integer> named =
            GroupNouns.isPartitive(graph.lemma(as)) ? graph.obliques(as, "of") : List.of(as);
        for (int n : named) {
          List<Found> found = actorsAt.apply(n);
          if (!found.isEmpty()) {
            return Optional.of(found.get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "police", "the army", "protesters" with no country: the country the article is about. */
  Optional<Found> ofHomeCountry(int head, String lemma) {
    String role = GroupNouns.role(lemma);
    if (role == null) {
      return Optional.empty();
    }
    return parties
        .homeCountry()
        .map(c -> new Found(ActorCode.of(c + role), head, graph.word(head).text()));
  }

  /**
   * "the country's election", "the nation's parliament": the country named last before the word,
   * for a possessive that names no country of its own.
   */
  Optional<Found> theCountry(int word, String relation) {
    boolean definite =
        graph.children(word, "det").stream()
            .anyMatch(d -> graph.word(d).text().equalsIgnoreCase("the"));
    if (!relation.equals("nmod:poss") || !COUNTRY_NOUNS.contains(graph.lemma(word)) || !definite) {
      return Optional.empty();
    }
    return parties.lastCountries(1, word).stream().findFirst();
  }

  /**
   * How many parties a pair noun stands for: 2 for "both countries", "the two sides", "the pair", 3
   * for "the three juntas"; 0 when it names no number ("the countries").
   */
  private int partyCount(int head, String lemma) {
    if (GroupNouns.isDual(lemma)) {
      return 2;
    }
    for (var d : graph.dependents(head)) {
      String w = graph.word(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      int n = NUMBERS.indexOf(w);
      if (n >= 0) {
        return n + 2;
      }
      if (w.equals("both")) {
        return 2;
      }
    }
    return 0;
  }
}
