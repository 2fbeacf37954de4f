package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.export.PolecatTsv;
import org.sitrep.model.Event;

/**
 * Prints events in POLECAT's layout ({@code --format plover}): the header once, then one line per
 * event PLOVER has a type for, counting the ones it leaves out (CAMEO roots 01 and 02) so the
 * command can say so rather than drop them silently.
 */
final class PloverRows {
  private final PrintStream out;
  private final Function<String, Optional<LocalDate>> published;
  private final Map<String, Optional<LocalDate>> publishedByArticle = new HashMap<>();
  private boolean headed;
  private int left;

  /** {@code published} gives an article's publication date from its id; asked once per article. */
  PloverRows(PrintStream out, Function<String, Optional<LocalDate>> published) {
    this.out = out;
    this.published = published;
  }

  /** Prints the header if nothing was printed yet, so even an empty result names its columns. */
  void header() {
    if (!headed) {
      out.println(PolecatTsv.HEADER);
      headed = true;
    }
  }

  /** Prints the event's line and answers true, or counts it as left out and answers false. */
  boolean print(Event event, Optional<String> outlet) {
    return print(event, outlet, publishedByArticle.computeIfAbsent(event.article(), published));
  }

  /** As {@link #print(Event, Optional)}, with the article's publication date known. */
  boolean print(Event event, Optional<String> outlet, Optional<LocalDate> articlePublished) {
    header();
    if (!PolecatTsv.covers(event)) {
      left++;
      return false;
    }
    out.println(PolecatTsv.line(event, articlePublished, outlet));
    return true;
  }

  /** ", N without a PLOVER type left out" for the closing count, or nothing if none was. */
  String leftOutNote() {
    return left == 0
        ? ""
        : String.format(
            Locale.ROOT,
            ", %d without a PLOVER type left out (CAMEO 01 statements and 02 appeals)",
            left);
  }
}
