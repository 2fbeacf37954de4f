package org.sitrep.events;

import java.util.List;
import java.util.Optional;
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
  private final DependencyGraph graph;
  private final ArticleParties parties;

  PartyNouns(DependencyGraph graph, ArticleParties parties) {
    this.graph = graph;
    this.parties = parties;
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
