package org.sitrep.store;

import org.sitrep.cameo.ActorCodeNames;

/**
 * The name a list of actor codes (the actors list, the dyads) shows for a code: its CAMEO name
 * ("Russia government"), which holds for every event of the code, else the name its events gave it.
 * The name of one event's actor ("Vladimir Putin") is that event's own.
 */
final class ActorLabels {
  private static final ActorCodeNames NAMES = ActorCodeNames.bundled();

  private ActorLabels() {}

  static String codeName(String code, String fallback) {
    return NAMES.name(code).orElse(fallback);
  }
}
