package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.EventCoverage;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.export.GdeltTsv;
import org.sitrep.export.ParquetLines;
import org.sitrep.export.ParquetSchema;
import org.sitrep.model.Event;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code sitrep events [filters]}: stored events, newest first, each with its reports' counts. */
@Command(
    name = "events",
    description =
        "Lists stored events, newest first, one line per event with how many outlets reported it"
            + " (--mentions lists its reports beneath it), as a table or as JSON lines, CSV, GDELT"
            + " 2.0 Events or Mentions TSV, or PLOVER-coded TSV in POLECAT's columns.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filters;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--format",
      defaultValue = "table",
      converter = FormatConverter.class,
      description =
          "table (default), jsonl, csv, gdelt (GDELT 2.0 Events), gdelt-mentions (GDELT 2.0"
              + " Mentions: one line per report of each event), plover (POLECAT's columns,"
              + " tab-separated, with a header; events PLOVER has no type for are left out) or"
              + " parquet (the jsonl fields as columns, as sitrep batch writes them; needs --out).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of stdout (required for parquet).")
  @Nullable Path outFile;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "At most this many events (default: all).")
  int limit;

  @Option(
      names = "--mentions",
      description =
          "Beneath each event of the table, its mentions: outlet, day published, claimant, figure"
              + " and sentence of each article's report.")
  boolean mentions;

  enum Format {
    TABLE("table"),
    JSONL("jsonl"),
    CSV("csv"),
    GDELT("gdelt"),
    GDELT_MENTIONS("gdelt-mentions"),
    PLOVER("plover"),
    PARQUET("parquet");

    final String label;

    Format(String label) {
      this.label = label;
    }
  }

  /** A format by its name on the command line ({@code gdelt-mentions}). */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.label.equals(value.strip().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw new TypeConversionException(
          "must be table, jsonl, csv, gdelt, gdelt-mentions, plover or parquet: " + value);
    }
  }

  @Override
  public Integer call() {
    if (mentions && format != Format.TABLE) {
      throw new UserError(
          "--mentions lists reports beneath the table; for every report as data use --format"
              + " gdelt-mentions");
    }
    EventFilter filter = filters.filter();
    if (format == Format.PARQUET) {
      return writeParquet(filter);
    }
    if (outFile != null) {
      throw new UserError("--out is for --format parquet; redirect stdout for " + format.label);
    }
    try (Store opened = store.openExisting()) {
      PrintStream out = System.out;
      Table table = EventTable.table();
      if (format == Format.CSV) {
        out.println(EventCsv.HEADER);
      }
      PloverRows plover =
          new PloverRows(out, id -> opened.article(id).flatMap(a -> a.article().published()));
      if (format == Format.PLOVER) {
        plover.header();
      }
      MentionRows mentionRows = new MentionRows(opened, out);
      LocalDate today = LocalDate.now(ZoneId.systemDefault());
      int[] printed = new int[2];
      Paging.each(
          limit,
          page -> opened.events(filter, page),
          stored -> {
            switch (format) {
              case PLOVER -> printed[0] += plover.print(stored.event(), stored.outlet()) ? 1 : 0;
              case GDELT_MENTIONS -> {
                printed[1] += mentionRows.print(stored, added(stored, today));
                printed[0]++;
              }
              case TABLE -> {
                EventTable.add(table, stored);
                if (mentions) {
                  opened.mentions(stored.id()).forEach(m -> table.addBelow(EventTable.mention(m)));
                }
                printed[0]++;
              }
              default -> {
                print(stored, out, today);
                printed[0]++;
              }
            }
          });
      if (format == Format.TABLE) {
        table.print(out);
      }
      String reports = format == Format.GDELT_MENTIONS ? ", " + printed[1] + " mentions" : "";
      System.err.println("sitrep: " + printed[0] + " events" + reports + plover.leftOutNote());
    }
    return ExitCodes.OK;
  }

  /** The events as one Parquet file of export's event schema, the columns of sitrep batch. */
  private int writeParquet(EventFilter filter) {
    Path file = outFile;
    if (file == null) {
      throw new UserError("--format parquet needs --out FILE: Parquet is not a stream of lines");
    }
    int[] written = new int[1];
    try (Store opened = store.openExisting();
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        ParquetLines parquet = new ParquetLines(ParquetSchema.EVENT, out)) {
      Paging.each(
          limit,
          page -> opened.events(filter, page),
          stored -> {
            parquet.write(
                EventJson.line(
                    stored.event(),
                    stored.id(),
                    stored.outlet(),
                    stored.url(),
                    Coverages.of(stored.coverage())));
            written[0]++;
          });
    } catch (IOException e) {
      throw new UserError(file + ": cannot write: " + e.getMessage());
    }
    System.err.println("sitrep: " + written[0] + " events written to " + file);
    return ExitCodes.OK;
  }

  /**
   * GDELT's DATEADDED of a stored event: the day it was first reported, so that its Events and
   * Mentions lines agree and a re-export writes the same lines; the export's day if no report is
   * dated.
   */
  private static LocalDate added(StoredEvent stored, LocalDate today) {
    return stored.coverage().firstSeen().orElse(today);
  }

  private void print(StoredEvent stored, PrintStream out, LocalDate today) {
    Event e = stored.event();
    EventCoverage coverage = Coverages.of(stored.coverage());
    switch (format) {
      case JSONL ->
          out.println(EventJson.line(e, stored.id(), stored.outlet(), stored.url(), coverage));
      case CSV -> out.println(EventCsv.row(e, stored.outlet(), coverage));
      case GDELT ->
          out.println(GdeltTsv.line(e, stored.url().orElse(""), added(stored, today), coverage));
      default -> throw new IllegalStateException(format.label + " rows are printed elsewhere");
    }
  }
}
