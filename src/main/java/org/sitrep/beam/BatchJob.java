package org.sitrep.beam;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code sitrep batch} is asked to do: the input files or globs (local paths, or any file
 * system Beam knows: {@code hdfs://}, {@code gs://}, {@code s3://} with its module), the output
 * folder, the date for articles that carry none, and how many bytes of a JSON-lines file one worker
 * reads at a time.
 *
 * <pre>{@code new BatchJob(List.of("/data/news-*.jsonl"), "/data/coded", Optional.empty())}</pre>
 */
public record BatchJob(
    List<String> inputs, String output, Optional<LocalDate> defaultDate, long rangeBytes) {

  public BatchJob {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(defaultDate, "defaultDate");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one input");
    }
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("rangeBytes must be positive: " + rangeBytes);
    }
  }

  /** A job that reads JSON lines in ranges of 64 MB. */
  public BatchJob(List<String> inputs, String output, Optional<LocalDate> defaultDate) {
    this(inputs, output, defaultDate, SplitFiles.DEFAULT_RANGE_BYTES);
  }
}
