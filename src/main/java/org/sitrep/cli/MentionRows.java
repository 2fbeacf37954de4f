package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.sitrep.export.ArticleLengths;
import org.sitrep.export.GdeltMentionsTsv;
import org.sitrep.export.GdeltTsv;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredMention;

/**
 * Prints a stored event's mentions as lines of GDELT's Mentions table ({@code sitrep events
 * --format gdelt-mentions}).
 *
 * <pre>{@code new MentionRows(store, out).print(stored, added)}</pre>
 */
final class MentionRows {
  private final Store store;
  private final PrintStream out;
  private final ArticleLengths lengths;

  MentionRows(Store store, PrintStream out) {
    this.store = store;
    this.out = out;
    this.lengths =
        new ArticleLengths(
            id ->
                store
                    .article(id)
                    .map(a -> OptionalInt.of(a.article().text().length()))
                    .orElse(OptionalInt.empty()));
  }

  /**
   * Prints the event's mentions, oldest first; {@code added} is the DATEADDED of its Events line.
   * Returns how many.
   */
  int print(StoredEvent stored, LocalDate added) {
    long globalEventId = GdeltTsv.globalEventId(stored.event());
    int printed = 0;
    for (StoredMention mention : store.mentions(stored.id())) {
      GdeltMentionsTsv.Source from =
          new GdeltMentionsTsv.Source(
              mention.outlet(),
              mention.url(),
              mention.published(),
              lengths.of(mention.event().article()));
      out.println(GdeltMentionsTsv.line(globalEventId, added, mention.event(), from));
      printed++;
    }
    return printed;
  }
}
