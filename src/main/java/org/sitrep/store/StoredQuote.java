package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.Quote;

/** A quote as stored, with its id in the store. */
public record StoredQuote(long id, Quote quote) {
  public StoredQuote {
    Objects.requireNonNull(quote, "quote");
  }
}
