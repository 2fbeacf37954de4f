package org.sitrep.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.export.ArticleLengths;
import org.sitrep.export.EventCoverage;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.export.GdeltMentionsTsv;
import org.sitrep.export.GdeltTsv;
import org.sitrep.model.Event;
import org.sitrep.store.Coverage;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredMention;

/**
 * {@code GET /api/events/export}: every event a filter matches as one download, in the CSV, JSON
 * lines, GDELT Events or GDELT Mentions of {@code sitrep events --format
 * csv|jsonl|gdelt|gdelt-mentions}, each with the event's coverage, so what the dashboard shows can
 * be taken away whole. Streamed page by page, so a large store is never held in memory.
 */
final class EventExport {
  /** The formats, their media types and file name endings. */
  enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    JSONL("application/x-ndjson", "jsonl"),
    GDELT("text/tab-separated-values; charset=utf-8", "export.tsv"),
    GDELT_MENTIONS("text/tab-separated-values; charset=utf-8", "mentions.tsv");

    final String mediaType;
    final String ending;

    Format(String mediaType, String ending) {
      this.mediaType = mediaType;
      this.ending = ending;
    }

    static Format of(Optional<String> name) {
      // JSON lines unless asked otherwise: they carry every field of the record
      String given = name.map(n -> n.strip().toLowerCase(Locale.ROOT)).orElse("jsonl");
      return switch (given) {
        case "csv" -> CSV;
        case "jsonl" -> JSONL;
        case "gdelt" -> GDELT;
        case "gdelt-mentions" -> GDELT_MENTIONS;
        default ->
            throw new IllegalArgumentException(
                "format must be csv, jsonl, gdelt or gdelt-mentions: " + name.orElse(""));
      };
    }
  }

  private EventExport() {}

  /** Answers the export; {@code params} are the query's parameters, format among them. */
  static void send(Context ctx, Store store, Map<String, String> params) {
    Format format = Format.of(Optional.ofNullable(params.remove("format")));
    EventFilter filter = EventFilter.of(params);
    // The first page is read before anything is sent, so a failing store still answers an error.
    Page<StoredEvent> page =
        store.events(filter, new PageRequest(PageRequest.MAX_LIMIT, Optional.empty()));
    ctx.contentType(format.mediaType)
        .header(
            "Content-Disposition", "attachment; filename=\"sitrep-events." + format.ending + "\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      if (format == Format.CSV) {
        out.write(EventCsv.HEADER + "\n");
      }
      Lines lines = new Lines(format, store);
      while (true) {
        for (StoredEvent stored : page.items()) {
          lines.write(stored, out);
        }
        if (page.next().isEmpty()) {
          break;
        }
        page = store.events(filter, new PageRequest(PageRequest.MAX_LIMIT, page.next()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("export cut off: " + e.getMessage(), e);
    }
  }

  /** An event's lines in one format; a GDELT Mentions file has one per report of the event. */
  private static final class Lines {
    private final Format format;
    private final Store store;
    private final LocalDate today = LocalDate.now(ZoneId.systemDefault());
    private final ArticleLengths lengths;

    Lines(Format format, Store store) {
      this.format = format;
      this.store = store;
      this.lengths =
          new ArticleLengths(
              id ->
                  store
                      .article(id)
                      .map(a -> OptionalInt.of(a.article().text().length()))
                      .orElse(OptionalInt.empty()));
    }

    void write(StoredEvent stored, Writer out) throws IOException {
      Event e = stored.event();
      EventCoverage coverage = coverage(stored.coverage());
      // GDELT's DATEADDED: the day the event was first reported, as sitrep events writes it
      LocalDate added = stored.coverage().firstSeen().orElse(today);
      switch (format) {
        case CSV -> line(out, EventCsv.row(e, stored.outlet(), coverage));
        case JSONL ->
            line(out, EventJson.line(e, stored.id(), stored.outlet(), stored.url(), coverage));
        case GDELT -> line(out, GdeltTsv.line(e, stored.url().orElse(""), added, coverage));
        case GDELT_MENTIONS -> {
          long id = GdeltTsv.globalEventId(e);
          for (StoredMention m : store.mentions(stored.id())) {
            GdeltMentionsTsv.Source from =
                new GdeltMentionsTsv.Source(
                    m.outlet(), m.url(), m.published(), lengths.of(m.event().article()));
            line(out, GdeltMentionsTsv.line(id, added, m.event(), from));
          }
        }
      }
    }

    private static void line(Writer out, String line) throws IOException {
      out.write(line);
      out.write('\n');
    }
  }

  /** The store's coverage in the exports' terms: disagreements by label, in their order. */
  public static EventCoverage coverage(Coverage c) {
    return new EventCoverage(
        c.mentions(), c.articles(), c.sources(), c.firstSeen(), c.lastSeen(), c.contestedLabels());
  }
}
