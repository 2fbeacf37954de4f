package org.sitrep.beam;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code sitrep batch} is asked to do: the input files or globs (local paths, or any file
 * system Beam knows: {@code hdfs://}, {@code gs://}, {@code s3://} with its module), the output
 * folder, the date for articles that carry none, how many bytes of a JSON-lines file one worker
 * reads at a time, and over how many buckets articles are spread for coding (0: each article on its
 * own, as a cluster wants; the DirectRunner runs one bundle per bucket, and thousands of
 * one-article bundles cost it more than the coding), how many files each output is written as (0:
 * as the runner sees fit), and the store, if any, that every worker also saves each coded article
 * into, as {@code sitrep ingest} does.
 *
 * <pre>{@code new BatchJob(List.of("/data/news-*.jsonl"), "/data/coded", Optional.empty())}</pre>
 */
public record BatchJob(
    List<String> inputs,
    String output,
    Optional<LocalDate> defaultDate,
    long rangeBytes,
    int articleBuckets,
    int outputShards,
    Optional<String> store) {

  public BatchJob {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(defaultDate, "defaultDate");
    Objects.requireNonNull(store, "store");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one input");
    }
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("rangeBytes must be positive: " + rangeBytes);
    }
    if (articleBuckets < 0) {
      throw new IllegalArgumentException("articleBuckets must not be negative: " + articleBuckets);
    }
    if (outputShards < 0) {
      throw new IllegalArgumentException("outputShards must not be negative: " + outputShards);
    }
  }

  /**
   * A job that reads JSON lines in ranges of 64 MB, spreads articles one by one, lets the runner
   * shard the outputs and writes files only.
   */
  public BatchJob(List<String> inputs, String output, Optional<LocalDate> defaultDate) {
    this(inputs, output, defaultDate, SplitFiles.DEFAULT_RANGE_BYTES, 0, 0, Optional.empty());
  }

  /** The same job with articles spread over {@code buckets} (0: one by one). */
  public BatchJob withArticleBuckets(int buckets) {
    return new BatchJob(inputs, output, defaultDate, rangeBytes, buckets, outputShards, store);
  }

  /** The same job writing each output as {@code shards} files (0: as the runner sees fit). */
  public BatchJob withOutputShards(int shards) {
    return new BatchJob(inputs, output, defaultDate, rangeBytes, articleBuckets, shards, store);
  }

  /** The same job saving every coded article into the store at {@code where} as well. */
  public BatchJob withStore(String where) {
    return new BatchJob(
        inputs, output, defaultDate, rangeBytes, articleBuckets, outputShards, Optional.of(where));
  }
}
