package org.sitrep.model;

import java.util.Objects;

/**
 * The sentence an event was coded from, with its character span in the article text.
 *
 * <pre>{@code new Evidence("Arnor restored ties with Gondor.", 0, 32)}</pre>
 */
public record Evidence(String text, int start, int end) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span: " + start + ".." + end);
    }
  }
}
