package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * Acts a government does to its own country when the clause names no one: "declared a state of
 * emergency", "imposed a curfew", "placed the country under martial law" fall on its population;
 * "the prime minister resigned" yields to it.
 */
final class HomeMeasures {
  // curbs on political freedom, curfews, states of emergency and martial law; resignations
  private static final Set<String> CODES = Set.of("1721", "1723", "1724", "0831");

  private HomeMeasures() {}

  /** The source's own population as the target of such an act, else nothing. */
  static List<Found> target(Found source, CameoCode code, int at) {
    String country = source.code().country();
    // an international body or an actor of no country has no population of its own
    boolean stateless =
        country.startsWith("-") || country.length() != 3 || Set.of("IGO", "NGO").contains(country);
    if (!CODES.contains(code.value()) || stateless) {
      return List.of();
    }
    return List.of(new Found(ActorCode.of(country + "CVL"), at, "the population"));
  }
}
