package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.export.EventJson;
import org.sitrep.export.GdeltTsv;
import org.sitrep.export.QuoteJson;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.ArticleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep code FILE...}: articles in, one coded event per line out. */
@Command(
    name = "code",
    description = {
      "Codes news articles into CAMEO events: who did what to whom, when, how much, and who says"
          + " so. Reads .json (one article), .jsonl, .txt (needs --date), .html, RSS/Atom feeds,"
          + " folders (recursively) and - for stdin. Prints one event per line (the JSON record of"
          + " docs/record-format.md, or GDELT 2.0 Events columns); problems go to stderr and the rest is still coded (exit code 1)."
          + " PETRARCH XML files of parsed sentences are coded as they are."
    })
final class CodeCommand implements Callable<Integer> {
  @Mixin ArticleInput input;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "jsonl (default), gdelt (GDELT 2.0 Events columns, tab-separated) or plover (POLECAT's"
              + " columns, tab-separated, with a header; events PLOVER has no type for are left out).")
  Format format;

  @Option(
      names = "--quotes",
      description = "Also print one line per quote with its speaker (jsonl only).")
  boolean quotes;

  enum Format {
    jsonl,
    gdelt,
    plover
  }

  @Override
  public Integer call() throws Exception {
    ArticleBatch.requireExisting(input.files);
    List<Path> parsed = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    for (String file : input.files) {
      if (!file.equals("-") && ParsedSentences.isPetrarchXml(Path.of(file))) {
        parsed.add(Path.of(file));
      } else {
        articles.add(file);
      }
    }
    int exit = ExitCodes.OK;
    if (!parsed.isEmpty()) {
      exit = new ParsedSentences(parsed).run();
    }
    if (!articles.isEmpty()) {
      exit = Math.max(exit, codeArticles(articles));
    }
    return exit;
  }

  private int codeArticles(List<String> paths) {
    if (quotes && format != Format.jsonl) {
      throw new UserError(
          "--quotes needs --format jsonl: the " + format + " format has no quote rows");
    }
    PrintStream out = System.out;
    ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    ArticleBatch batch = new ArticleBatch(coder, input.threads, System.err);
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    int[] events = new int[1];
    PloverRows plover = new PloverRows(out, id -> Optional.empty());
    if (format == Format.plover) {
      plover.header();
    }
    batch.run(
        paths,
        input.defaultDate(),
        1,
        coded -> {
          for (Event event : coded.events()) {
            boolean printed = true;
            switch (format) {
              case gdelt ->
                  out.println(GdeltTsv.line(event, coded.article().url().orElse(""), today));
              case plover ->
                  printed =
                      plover.print(event, coded.article().outlet(), coded.article().published());
              case jsonl ->
                  out.println(
                      EventJson.line(
                          event,
                          OptionalLong.empty(),
                          coded.article().outlet(),
                          coded.article().url()));
            }
            events[0] += printed ? 1 : 0;
          }
          if (quotes) {
            for (Quote quote : coded.quotes()) {
              out.println(QuoteJson.line(quote));
            }
          }
        });
    out.flush();
    System.err.printf(Locale.ROOT, "sitrep: %d events%s%n", events[0], plover.leftOutNote());
    return batch.problems() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }
}
