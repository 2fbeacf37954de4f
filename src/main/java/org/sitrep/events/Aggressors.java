package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.CameoCode;

/*
 * Design note. "Khamenei vowed revenge" names no one, but the article has told who struck Iran: a
 * threat, a protest or a rejection with no target answers whoever last used force against the
 * speaker's country. Only force counts (coercion, assault, fighting, mass violence): a country
 * that was merely criticised does not vow revenge on the critic.
 */

/** Who last used force against each country in the article, for hostile words that name no one. */
final class Aggressors {
  // the acts of force that make their doer the one a target-less answer is aimed at
  private static final Set<String> FORCE = Set.of("17", "18", "19", "20");
  // what a party says back to whoever attacked it: disapproval, rejection, threats
  private static final Set<String> ANSWERS = Set.of("11", "12", "13");
  private final Map<String, Located> lastAgainst = new HashMap<>();

  /** Remembers a sentence's acts of force by one country against another, latest last. */
  void record(List<Located> events) {
    for (Located e : events) {
      String from = e.source().country();
      String to = e.target().country();
      if (FORCE.contains(e.code().root())
          && !e.target().isNone()
          && isCountry(from)
          && isCountry(to)
          && !from.equals(to)) {
        lastAgainst.put(to, e);
      }
    }
  }

  /**
   * The party a target-less hostile word of {@code speaker} answers: whoever last used force
   * against the speaker's country; empty for other acts, or when no one did.
   */
  Optional<Found> answeredBy(Found speaker, CameoCode code, int at) {
    String home = speaker.code().country();
    if (!ANSWERS.contains(code.root()) || !isCountry(home)) {
      return Optional.empty();
    }
    return Optional.ofNullable(lastAgainst.get(home))
        .map(e -> new Found(e.source(), at, e.sourceText()));
  }

  /** A state's three letters: not an IGO, a group of no country or an unknown one. */
  private static boolean isCountry(String country) {
    return country.length() == 3 && !country.startsWith("-") && !country.startsWith("IGO");
  }
}
