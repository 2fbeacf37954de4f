package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The lengths of the articles an export's mentions come from (GDELT's MentionDocLen), each read
 * once while its mentions are near: an article's reports are of events listed close together.
 *
 * <pre>{@code new ArticleLengths(id -> store.article(id).map(a -> a.article().text().length()))}
 * </pre>
 */
public final class ArticleLengths {
  /** Articles whose length is kept; older ones are read again if asked for. */
  private static final int KEPT = 256;

  private final Function<String, OptionalInt> read;
  private final Map<String, OptionalInt> kept =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OptionalInt> eldest) {
          return size() > KEPT;
        }
      };

  /** {@code read} gives an article's length in characters from its id, empty if not stored. */
  public ArticleLengths(Function<String, OptionalInt> read) {
    this.read = read;
  }

  public OptionalInt of(String articleId) {
    OptionalInt known = kept.get(articleId);
    if (known == null) {
      known = read.apply(articleId);
      kept.put(articleId, known);
    }
    return known;
  }
}
