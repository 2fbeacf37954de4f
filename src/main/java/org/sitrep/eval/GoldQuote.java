package org.sitrep.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation a gold coder attributed: who said it, the speaker's CAMEO code (empty when the
 * speaker is no codable actor) and the first words of the quoted text, enough to find it.
 *
 * <pre>{@code new GoldQuote("Dmitry Peskov", Optional.of("RUSGOV"), "The signals are positive")}
 * </pre>
 */
public record GoldQuote(String speaker, Optional<String> speakerActor, String startsWith) {
  public GoldQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerActor, "speakerActor");
    Objects.requireNonNull(startsWith, "startsWith");
    if (startsWith.isBlank()) {
      throw new IllegalArgumentException(
          "gold quote of '" + speaker + "' has an empty starts_with");
    }
  }
}
