package org.sitrep.events;

import java.util.Optional;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/*
 * Design note. "Tsikhanouski was arrested in 2020", "150 people had been detained": news leaves
 * out who arrests, because only the state does. CAMEO coders take the state as the source of a
 * passive coercion (17: arrest, detain, jail, sentence, deport, ban) whose agent goes unnamed:
 * the police for arrests and detentions, the government otherwise, of the story's country, else
 * of the one coerced. Other passives ("was killed") name no one in particular and stay uncoded.
 */

/** The unnamed agent of a passive coercion: the state of the story. */
final class StateAgents {
  private StateAgents() {}

  /** The state that coerced {@code target} with {@code code}, if the code is a coercion. */
  static Optional<Found> of(CameoCode code, Found target, Optional<String> home, int at) {
    if (!code.root().equals("17")) {
      return Optional.empty();
    }
    String country = home.orElse(target.code().country());
    if (country.startsWith("-") || target.code().value().startsWith("IGO")) {
      return Optional.empty();
    }
    String role = code.value().startsWith("173") ? "COP" : "GOV";
    return Optional.of(new Found(ActorCode.of(country + role), at, "the authorities"));
  }
}
