package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares: the inputs, a default date, threads. */
final class ArticleInput {
  @SuppressWarnings("NullAway.Init") // picocli always sets it: it is required
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Article files, folders, or - for stdin.")
  List<String> files;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that have none (.txt).")
  @Nullable LocalDate date;

  @Option(names = "--threads", description = "Coding threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  Optional<LocalDate> defaultDate() {
    return Optional.ofNullable(date);
  }
}
