package org.sitrep.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;

/**
 * What became of one gold quote: the quote of ours that starts with its words, if any.
 *
 * <pre>{@code outcome.speakerRight()  // ours found and its speaker code equals the gold's}</pre>
 */
public record QuoteOutcome(GoldQuote gold, Optional<Quote> ours) {
  public QuoteOutcome {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(ours, "ours");
  }

  public boolean found() {
    return ours.isPresent();
  }

  /**
   * Found, with the gold's speaker code. A gold quote whose speaker is no codable actor is right
   * when ours has no code either.
   */
  public boolean speakerRight() {
    return ours.map(
            q -> codeOf(q.speakerCode().map(ActorCode::value)).equals(codeOf(gold.speakerActor())))
        .orElse(false);
  }

  private static String codeOf(Optional<String> code) {
    return code.map(String::strip).map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
  }
}
