package org.sitrep.pipeline;

import java.util.Objects;
import org.sitrep.geo.Place;

/**
 * Words {@code [start, end)} of sentence {@code sentence} that name a place, with the gazetteer
 * place they were resolved to. {@code locative} says whether a preposition of place introduces
 * them ("in Sochi", "over the Belgorod region", "near the town of Pokrovsk").
 */
record PlaceMention(int sentence, int start, int end, String text, Place place, boolean locative) {
  PlaceMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }
}
