package org.sitrep.model;

import java.util.Objects;

/**
 * One sentence of an article: its position and its span in the article text (UTF-16 units, as
 * {@link Evidence} counts them). Stored so an event can be shown in its sentence, in its article.
 *
 * <pre>{@code new Sentence(0, "Arnor restored ties with Gondor.", 0, 32)}</pre>
 */
public record Sentence(int index, String text, int start, int end) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence " + index + " span: " + start + ".." + end);
    }
  }
}
