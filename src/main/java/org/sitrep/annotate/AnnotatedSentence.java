package org.sitrep.annotate;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article: its index in the article, its text and character span, and its words.
 * Spans are offsets into the untouched article text, so any word can be highlighted.
 *
 * <pre>{@code sentence.words().get(0).text()  // "President"}</pre>
 */
public record AnnotatedSentence(int index, String text, int start, int end, List<Word> words) {
  public AnnotatedSentence {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
  }
}
