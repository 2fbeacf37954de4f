package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.cameo.CameoNames;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredMention;

/**
 * The table of {@code sitrep events}: one row per event with how many outlets reported it and what
 * they disagree on, its mentions beneath it if asked.
 *
 * <pre>{@code Table t = EventTable.table(); EventTable.add(t, stored); t.print(out);}</pre>
 */
final class EventTable {
  private static final int SENTENCE = 100;

  private EventTable() {}

  static Table table() {
    return new Table(
        List.of(
            "date",
            "source",
            "code",
            "event",
            "target",
            "goldstein",
            "quantity",
            "sources",
            "contested",
            "article",
            "sentence"),
        10,
        24,
        4,
        32,
        24,
        9,
        16,
        7,
        28,
        20,
        60);
  }

  static void add(Table table, StoredEvent stored) {
    Event e = stored.event();
    table.add(
        List.of(
            e.date().toString(),
            actor(Optional.of(e.source())),
            e.code().value(),
            CameoNames.bundled().name(e.code().value()).orElse(""),
            actor(e.target()),
            e.goldstein().isPresent() ? Double.toString(e.goldstein().getAsDouble()) : "",
            e.quantity().map(q -> q.text()).orElse(""),
            Integer.toString(stored.coverage().sources()),
            // the mark: what the reports disagree on
            String.join(",", stored.coverage().contestedLabels()),
            e.article(),
            e.evidence().text()));
  }

  /** One report beneath its event: outlet, day published, claimant, figure, sentence. */
  static String mention(StoredMention m) {
    Event e = m.event();
    String sentence = e.evidence().text().replaceAll("\\s+", " ").strip();
    if (sentence.length() > SENTENCE) {
      sentence = sentence.substring(0, SENTENCE - 1) + "…";
    }
    return String.join(
        "  ",
        "    -",
        m.outlet().orElse("(no outlet)"),
        m.published().map(LocalDate::toString).orElse("(undated)"),
        e.claimedBy().map(c -> "claimed by " + actor(Optional.of(c))).orElse("(no claimant)"),
        e.quantity().map(q -> q.text()).orElse("(no figure)"),
        "\"" + sentence + "\"");
  }

  private static String actor(Optional<ActorRef> actor) {
    return actor.map(a -> a.code() + " (" + a.text() + ")").orElse("");
  }
}
