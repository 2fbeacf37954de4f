package org.sitrep.annotate;

import java.util.Objects;

/**
 * A quoted span of the article: the words between the quotation marks and their character span
 * (marks excluded).
 *
 * <pre>{@code new QuoteSpan(1423, 1510, "The signals are positive…")}</pre>
 */
public record QuoteSpan(int start, int end, String text) {
  public QuoteSpan {
    Objects.requireNonNull(text, "text");
  }
}
