package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A quoted span of an article with the speaker it is attributed to; offsets are characters of the
 * article text, quotation marks excluded. The speaker's code is empty when the words naming the
 * speaker resolve to no actor.
 *
 * <pre>
 * {@code new Quote("seed", "Dmitry Peskov", Optional.of(ActorCode.of("RUSGOV")), "The signals are positive", 1200, 1224)}
 * </pre>
 */
public record Quote(
    String article,
    String speakerText,
    Optional<ActorCode> speakerCode,
    String text,
    int start,
    int end) {
  public Quote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(speakerText, "speakerText");
    Objects.requireNonNull(speakerCode, "speakerCode");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span: " + start + ".." + end);
    }
  }
}
