package org.sitrep.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints a report's HTML page to PDF with headless Chromium ({@code --print-to-pdf}): the same
 * page, charts and all, so the PDF and the HTML never differ. Chromium is Debian's {@code chromium}
 * at {@value #DEFAULT_CHROMIUM}, or wherever SITREP_CHROMIUM says (as for the browser tests).
 *
 * <pre>{@code PdfPrinter.find().orElseThrow().print(html, Path.of("report.pdf"))}</pre>
 */
public final class PdfPrinter {
  static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
  private static final long TIMEOUT_SECONDS = 120;
  private final Path chromium;

  private PdfPrinter(Path chromium) {
    this.chromium = chromium;
  }

  /** The printer, or empty when no Chromium is found. */
  public static Optional<PdfPrinter> find() {
    Path chromium = chromiumPath();
    return Files.isExecutable(chromium) ? Optional.of(new PdfPrinter(chromium)) : Optional.empty();
  }

  /** Where Chromium is looked for, to name in an error when it is not there. */
  public static Path chromiumPath() {
    String given = System.getenv("SITREP_CHROMIUM");
    return Path.of(given == null || given.isBlank() ? DEFAULT_CHROMIUM : given);
  }

  /**
   * Writes {@code html} as a PDF to {@code out}.
   *
   * @throws IOException when Chromium fails or writes nothing, with what it said
   */
  public void print(String html, Path out) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("sitrep-report-");
    try {
      Path page = dir.resolve("report.html");
      Files.writeString(page, html, StandardCharsets.UTF_8);
      Path pdf = dir.resolve("report.pdf");
      Path log = dir.resolve("chromium.log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      chromium.toString(),
                      "--headless",
                      "--no-sandbox",
                      "--disable-gpu",
                      "--no-first-run",
                      "--disable-background-networking",
                      "--disable-component-update",
                      "--disable-sync",
                      "--disable-dev-shm-usage",
                      "--user-data-dir=" + dir.resolve("profile"),
                      "--no-pdf-header-footer",
                      "--print-to-pdf=" + pdf,
                      page.toUri().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(chromium + " did not print the PDF within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        throw new IOException(
            chromium + " printed no PDF (exit " + process.exitValue() + "): " + tail(log));
      }
      Files.copy(pdf, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      deleteAll(dir);
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    return text.length() > 500 ? text.substring(text.length() - 500) : text;
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
