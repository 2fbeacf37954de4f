package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.Links;
import org.sitrep.report.MarkdownReport;
import org.sitrep.report.PdfPrinter;
import org.sitrep.report.Report;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportRequest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep report}: the situation report of a period, from the store.
 *
 * <pre>{@code sitrep report --last 7d --country UKR --out report.html}</pre>
 */
@Command(
    name = "report",
    description = {
      "Writes the situation report of a period from the store: headline figures against the"
          + " period before, what is escalating or calming against its baseline, key events, new"
          + " actors, who said what, what is disputed, and the timeline, network and map drawn"
          + " into the page. An open period (--last, or --from alone) ends on the newest stored"
          + " event's date that is not after today; the report's header says which."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period.")
  @Nullable String to;

  @Option(
      names = "--last",
      paramLabel = "24h|7d",
      description = "The period's length, in hours (whole days) or days (default 7d).")
  @Nullable String last;

  @Option(
      names = "--country",
      paramLabel = "CCC",
      description = "Only events of this country (actor or place).")
  @Nullable String country;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Only events with this actor (code prefix).")
  @Nullable String actor;

  @Option(
      names = "--format",
      description =
          "html (default), pdf (needs --out and Chromium) or md; else taken from --out's ending.")
  @Nullable Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: stdout).")
  @Nullable Path out;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--dashboard",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:8080/",
      description = "The dashboard the report's article links open (default ${DEFAULT-VALUE}).")
  String dashboard;

  enum Format {
    html,
    pdf,
    md
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Format chosen = chosenFormat();
    ReportRequest request = request();
    long start = System.nanoTime();
    Report report;
    try (Store opened = store.openExisting()) {
      report = ReportBuilder.build(opened, request, LocalDate.now(ZoneId.systemDefault()));
    }
    Links links = new Links(dashboard);
    switch (chosen) {
      case html -> write(HtmlReport.render(report, links));
      case md -> write(MarkdownReport.render(report, links));
      case pdf -> pdf(HtmlReport.render(report, links));
    }
    System.err.printf(
        Locale.ROOT,
        "sitrep: %s (%d events) %s in %d ms%n",
        report.title(),
        report.now().events(),
        out == null ? "written to stdout" : "written to " + out,
        (System.nanoTime() - start) / 1_000_000);
    return ExitCodes.OK;
  }

  private ReportRequest request() {
    Map<String, String> values = new HashMap<>();
    put(values, "from", from);
    put(values, "to", to);
    put(values, "last", last);
    put(values, "country", country);
    put(values, "actor", actor);
    try {
      return ReportRequest.of(values);
    } catch (IllegalArgumentException e) {
      // the request's messages name its keys, which are the options' names without "--"
      throw new UserError(String.valueOf(e.getMessage()));
    }
  }

  private static void put(Map<String, String> values, String key, @Nullable String value) {
    if (value != null) {
      values.put(key, value);
    }
  }

  private Format chosenFormat() {
    if (format != null) {
      if (format == Format.pdf && out == null) {
        throw new UserError("--format pdf needs --out FILE: a PDF is not written to the terminal");
      }
      return format;
    }
    // getFileName() is empty only for a root, which no report is written to
    @Nullable Path file = out == null ? null : out.getFileName();
    String name = file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") ? Format.pdf : name.endsWith(".md") ? Format.md : Format.html;
  }

  private void write(String text) throws IOException {
    if (out == null) {
      PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      stdout.print(text);
      stdout.flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }

  private void pdf(String html) throws IOException, InterruptedException {
    PdfPrinter printer =
        PdfPrinter.find()
            .orElseThrow(
                () ->
                    new UserError(
                        "no Chromium at "
                            + PdfPrinter.chromiumPath()
                            + " to print the PDF: install Debian's chromium (apt-get install"
                            + " chromium) or set SITREP_CHROMIUM; --format html or md need nothing"));
    // out is set: chosenFormat() requires it for pdf
    printer.print(html, java.util.Objects.requireNonNull(out));
  }
}
