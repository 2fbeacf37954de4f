package org.sitrep.model;

import java.util.List;

/**
 * What the pipeline saw in one sentence, for explaining a missed event: whether the sentence was
 * parsed (only sentences with a coded verb and actors are, and only up to the parser's length
 * limit) and the actor codes its resolved mentions name, whether or not an event came of them.
 *
 * <pre>{@code new SentenceDiagnostic(4, false, List.of(ActorCode.of("RUSGOV")))}</pre>
 */
public record SentenceDiagnostic(int sentence, boolean parsed, List<ActorCode> actors) {
  public SentenceDiagnostic {
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
    }
    actors = List.copyOf(actors);
  }
}
