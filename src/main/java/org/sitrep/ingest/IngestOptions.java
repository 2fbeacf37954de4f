package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How articles are read: the publication date to assume when an article has none ({@code --date}),
 * and the longest article text accepted.
 *
 * <pre>{@code new IngestOptions(Optional.of(LocalDate.parse("2024-11-11")), 1_000_000)}</pre>
 */
public record IngestOptions(Optional<LocalDate> defaultDate, int maxArticleChars) {

  /** One million characters: ten times a long feature article, far below a book. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

  public IngestOptions {
    Objects.requireNonNull(defaultDate, "defaultDate");
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
    }
  }

  /** No default date, the default size limit. */
  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty(), DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** The same options with {@code date} as the default publication date. */
  public IngestOptions withDefaultDate(LocalDate date) {
    return new IngestOptions(Optional.of(date), maxArticleChars);
  }

  /**
   * Bytes of a plain-text file beyond which its text cannot fit the limit: a Java char takes at
   * most three UTF-8 bytes, so such a file is rejected before it is read.
   */
  long maxTextFileBytes() {
    return 3L * maxArticleChars;
  }

  /**
   * Bytes of one JSON article (a file or a line) read at most: escapes such as {@code \u0416} (six
   * bytes for one char) and the other fields make the JSON longer than its text.
   */
  long maxJsonBytes() {
    return 6L * maxArticleChars + 65_536;
  }

  /** Bytes of an HTML page or a feed read at most: markup is often ten times the text. */
  long maxMarkupBytes() {
    return 16L * maxArticleChars;
  }
}
