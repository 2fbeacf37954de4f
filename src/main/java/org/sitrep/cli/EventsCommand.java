package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.sitrep.cameo.CameoNames;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.export.GdeltTsv;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events [filters]}: stored events, newest first. */
@Command(
    name = "events",
    description =
        "Lists stored events, newest first, as a table or as JSON lines, CSV, GDELT 2.0 Events TSV"
            + " or PLOVER-coded TSV in POLECAT's columns.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filters;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (default), jsonl, csv, gdelt or plover (POLECAT's columns, tab-separated, with a"
              + " header; events PLOVER has no type for are left out).")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "At most this many events (default: all).")
  int limit;

  enum Format {
    table,
    jsonl,
    csv,
    gdelt,
    plover
  }

  @Override
  public Integer call() {
    EventFilter filter = filters.filter();
    try (Store opened = store.openExisting()) {
      PrintStream out = System.out;
      Table table =
          new Table(
              List.of(
                  "date",
                  "source",
                  "code",
                  "event",
                  "target",
                  "goldstein",
                  "quantity",
                  "article",
                  "sentence"),
              10,
              24,
              4,
              32,
              24,
              9,
              16,
              20,
              60);
      if (format == Format.csv) {
        out.println(EventCsv.HEADER);
      }
      PloverRows plover =
          new PloverRows(out, id -> opened.article(id).flatMap(a -> a.article().published()));
      if (format == Format.plover) {
        plover.header();
      }
      LocalDate today = LocalDate.now(ZoneId.systemDefault());
      int[] printed = new int[1];
      Paging.each(
          limit,
          page -> opened.events(filter, page),
          stored -> {
            if (format == Format.plover) {
              printed[0] += plover.print(stored.event(), stored.outlet()) ? 1 : 0;
            } else {
              print(stored, out, table, today);
              printed[0]++;
            }
          });
      if (format == Format.table) {
        table.print(out);
      }
      System.err.println("sitrep: " + printed[0] + " events" + plover.leftOutNote());
    }
    return ExitCodes.OK;
  }

  private void print(StoredEvent stored, PrintStream out, Table table, LocalDate today) {
    Event e = stored.event();
    switch (format) {
      case table ->
          table.add(
              List.of(
                  e.date().toString(),
                  actor(Optional.of(e.source())),
                  e.code().value(),
                  CameoNames.bundled().name(e.code().value()).orElse(""),
                  actor(e.target()),
                  e.goldstein().isPresent() ? Double.toString(e.goldstein().getAsDouble()) : "",
                  e.quantity().map(q -> q.text()).orElse(""),
                  e.article(),
                  e.evidence().text()));
      case jsonl ->
          out.println(
              EventJson.line(e, OptionalLong.of(stored.id()), stored.outlet(), stored.url()));
      case csv -> out.println(EventCsv.row(e, stored.outlet()));
      case gdelt -> out.println(GdeltTsv.line(e, stored.url().orElse(""), today));
      case plover -> throw new IllegalStateException("PLOVER rows are printed by PloverRows");
    }
  }

  private static String actor(Optional<ActorRef> actor) {
    return actor.map(a -> a.code() + " (" + a.text() + ")").orElse("");
  }
}
