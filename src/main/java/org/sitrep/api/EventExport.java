package org.sitrep.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * {@code GET /api/events/export}: every event a filter matches as one download, in the CSV or the
 * JSON lines of {@code sitrep events --format csv|jsonl}, so what the dashboard shows can be taken
 * away whole. Streamed page by page, so a large store is never held in memory.
 */
final class EventExport {
  /** The formats, their media types and file name endings. */
  enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    JSONL("application/x-ndjson", "jsonl");

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
        default ->
            throw new IllegalArgumentException("format must be csv or jsonl: " + name.orElse(""));
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
      while (true) {
        for (StoredEvent stored : page.items()) {
          out.write(line(format, stored));
          out.write('\n');
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

  private static String line(Format format, StoredEvent stored) {
    return format == Format.CSV
        ? EventCsv.row(stored.event(), stored.outlet())
        : EventJson.line(
            stored.event(), OptionalLong.of(stored.id()), stored.outlet(), stored.url());
  }
}
