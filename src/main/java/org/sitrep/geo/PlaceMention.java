package org.sitrep.geo;

import java.util.Objects;

/**
 * Words {@code [start, end)} of sentence {@code sentence} that name a place, with the gazetteer
 * place they were resolved to. {@code locative} says whether a preposition of place introduces them
 * ("in Sochi", "over the Belgorod region", "near the town of Pokrovsk").
 */
public record PlaceMention(
    int sentence, int start, int end, String text, Place place, boolean locative) {
  public PlaceMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }
}
