package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.beam.BatchJob;
import org.sitrep.beam.BatchRun;
import org.sitrep.beam.RunSummary;
import org.sitrep.beam.SharedCoder;
import org.sitrep.beam.SharedStore;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Source;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code sitrep batch --input GLOB... --output DIR}: the pipeline on Apache Beam. */
@Command(
    name = "batch",
    description = {
      "Codes articles on Apache Beam (the DirectRunner here; Spark or Flink in a build with their"
          + " profile) and writes events, quotes and problems as JSON lines and Parquet, and"
          + " summary.json, into DIR. Reads what `code` reads; a large JSON-lines file is read in"
          + " ranges by many workers. Other options (--sparkMaster=..., --parallelism=...) go to"
          + " the runner. See docs/cluster.md."
    })
final class BatchCommand implements Callable<Integer> {
  private static final Pattern REMOTE = Pattern.compile("^[a-z][a-z0-9+.-]*://.*");

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it is required
  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "GLOB",
      description = "Article files, folders or globs (/data/*.jsonl, hdfs://..., s3://...).")
  List<String> inputs;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it is required
  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  String output;

  @Option(
      names = "--runner",
      defaultValue = "DirectRunner",
      description = "DirectRunner (default), SparkRunner or FlinkRunner.")
  String runner = "DirectRunner";

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that have none (.txt).")
  @Nullable LocalDate date;

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "Also save every coded article into this store, as `ingest` does (articles stored"
              + " already change nothing): a SQLite file on the DirectRunner, or"
              + " jdbc:postgresql://... that every worker reaches.")
  @Nullable String db;

  @Unmatched List<String> runnerOptions = new ArrayList<>();

  @Override
  public Integer call() {
    for (String option : runnerOptions) {
      if (!option.startsWith("--")) {
        throw new UserError(
            option
                + ": unexpected argument; inputs follow --input, and runner options take their"
                + " value after an equals sign (--name=value)");
      }
    }
    List<String> beamArgs = new ArrayList<>();
    beamArgs.add("--runner=" + runner);
    boolean direct = runner.equals("DirectRunner");
    if (direct) {
      // The DirectRunner's checks encode every element again and again: a test harness's
      // safety, not a batch's (the tests keep them on).
      beamArgs.add("--enforceImmutability=false");
      beamArgs.add("--enforceEncodability=false");
      if (runnerOptions.stream().noneMatch(o -> o.startsWith("--targetParallelism="))) {
        // one worker thread per core, as bench codes: the runner's default of at least three
        // makes three coders share two cores, and their garbage share one heap
        beamArgs.add("--targetParallelism=" + Runtime.getRuntime().availableProcessors());
      }
    }
    beamArgs.addAll(runnerOptions);
    try {
      BatchRun.options(beamArgs);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          e.getMessage()
              + (direct
                  ? ""
                  : "; the " + runner + " comes with the jar of its profile (docs/cluster.md)"));
    }
    BatchJob job = new BatchJob(expand(inputs), outputFolder(), Optional.ofNullable(date));
    if (db != null) {
      job = job.withStore(checkedStore(db, direct));
    }
    if (direct) {
      // a few buckets per core: even shares for the cores, few bundles for the runner
      job = job.withArticleBuckets(4 * Math.max(3, Runtime.getRuntime().availableProcessors()));
      // One file per output. Left to the DirectRunner, the shard count comes from a count of
      // every line, so no line is handed to a writer before the last article is coded, and the
      // run ends with ~70 cold bundles: 2-3 s on two cores, against about 1 s this way.
      job = job.withOutputShards(1);
      warmUp(job);
    }
    System.err.println("sitrep: batch on the " + runner + " into " + job.output());
    RunSummary summary = BatchRun.run(job, beamArgs, System.err);
    System.err.print(summary.describe());
    return summary.problemCount() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }

  /**
   * Opens the store before the run, so that a wrong URL or a missing database stops the job before
   * any coding and the schema is migrated by one process, not by every worker at once. It stays
   * open in this JVM's {@link SharedStore} for the DirectRunner's workers (or a local master's) to
   * use, and the run closes it.
   */
  private String checkedStore(String where, boolean direct) {
    if (!direct && !where.startsWith("jdbc:postgresql:")) {
      throw new UserError(
          "--db "
              + Store.redacted(where)
              + ": the "
              + runner
              + "'s workers need a store they all reach: a jdbc:postgresql://... URL");
    }
    System.err.println("sitrep: storing into " + SharedStore.get(where).describe());
    return where;
  }

  /**
   * Loads and warms up the models before a run on the DirectRunner, as bench does, so that the
   * run's time and rate are the coding's: its workers are threads of this JVM (a cluster's workers
   * load their own).
   */
  private static void warmUp(BatchJob job) {
    long load = System.nanoTime();
    List<String> local =
        job.inputs().stream().filter(p -> Files.isRegularFile(Path.of(p))).toList();
    WarmUp.code(SharedCoder.get(), local, job.defaultDate());
    System.err.printf(
        Locale.ROOT,
        "sitrep: models loaded and warmed up in %.1f s%n",
        (System.nanoTime() - load) / 1e9);
  }

  /**
   * Local folders become the files ingest would read in them; local files must exist (a typo is a
   * usage error, not a bad article); globs and other file systems go to Beam as they are.
   */
  static List<String> expand(List<String> inputs) {
    List<String> patterns = new ArrayList<>();
    ArticleReader reader = new ArticleReader(IngestOptions.defaults());
    for (String input : inputs) {
      if (REMOTE.matcher(input).matches() || input.matches(".*[*?\\[{].*")) {
        patterns.add(input);
        continue;
      }
      Path path = Path.of(input).toAbsolutePath();
      if (!Files.exists(path)) {
        throw new UserError(input + ": no such file");
      }
      for (Source source : reader.expand(List.of(path.toString()))) {
        patterns.add(source.name());
      }
    }
    return patterns;
  }

  private String outputFolder() {
    if (REMOTE.matcher(output).matches()) {
      return output;
    }
    Path folder = Path.of(output).toAbsolutePath();
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new UserError(output + ": cannot create the output folder: " + e.getMessage());
    }
    return folder.toString();
  }
}
