package org.sitrep.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.Csv;
import org.sitrep.export.QuoteJson;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;
import org.sitrep.store.QuoteFilter;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep quotes [filters]}: stored quotes with their speakers, newest first. */
@Command(name = "quotes", description = "Lists stored quotes with their speakers, newest first.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--speaker", paramLabel = "CODE", description = "Speaker's actor code or prefix.")
  @Nullable String speaker;

  @Option(names = "--article", paramLabel = "ID", description = "One article.")
  @Nullable String article;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words in the quote.")
  @Nullable String text;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Articles published on or after.")
  @Nullable String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Articles published on or before.")
  @Nullable String to;

  @Option(names = "--outlet", description = "The article's outlet, exactly.")
  @Nullable String outlet;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default), jsonl or csv.")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "At most this many quotes (default: all).")
  int limit;

  enum Format {
    table,
    jsonl,
    csv
  }

  @Override
  public Integer call() {
    QuoteFilter filter = filter();
    try (Store opened = store.openExisting()) {
      PrintStream out = System.out;
      Table table = new Table(List.of("article", "speaker", "code", "quote"), 20, 28, 10, 90);
      if (format == Format.csv) {
        out.println(
            Csv.row(List.of("article", "speaker_text", "speaker_code", "text", "start", "end")));
      }
      int[] printed = new int[1];
      Paging.each(
          limit,
          page -> opened.quotes(filter, page),
          stored -> {
            print(stored.quote(), out, table);
            printed[0]++;
          });
      if (format == Format.table) {
        table.print(out);
      }
      System.err.println("sitrep: " + printed[0] + " quotes");
    }
    return ExitCodes.OK;
  }

  private void print(Quote q, PrintStream out, Table table) {
    switch (format) {
      case table ->
          table.add(
              List.of(
                  q.article(),
                  q.speakerText(),
                  q.speakerCode().map(ActorCode::value).orElse(""),
                  q.text()));
      case jsonl -> out.println(QuoteJson.line(q));
      case csv ->
          out.println(
              Csv.row(
                  List.of(
                      q.article(),
                      q.speakerText(),
                      q.speakerCode().map(ActorCode::value).orElse(""),
                      q.text(),
                      Integer.toString(q.start()),
                      Integer.toString(q.end()))));
    }
  }

  private QuoteFilter filter() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("speaker", speaker);
    values.put("article", article);
    values.put("q", text);
    values.put("from", from);
    values.put("to", to);
    values.put("outlet", outlet);
    try {
      return QuoteFilter.of(values);
    } catch (IllegalArgumentException e) {
      // QuoteFilter's errors always have a message: the key, what it must be and the value
      throw new UserError(
          "--" + Objects.requireNonNull(e.getMessage()).replaceFirst("^q ", "text "));
    }
  }
}
