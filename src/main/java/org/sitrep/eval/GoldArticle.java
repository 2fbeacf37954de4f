package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * The gold annotation of one article: every event and attributed quote a careful coder finds.
 *
 * <pre>
 * {@code GoldArticle gold = GoldReader.read(Path.of("gold/seed.json"));  // gold.id() = "seed"}
 * </pre>
 */
public record GoldArticle(String id, List<GoldEvent> events, List<GoldQuote> quotes) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold article id is blank");
    }
  }
}
