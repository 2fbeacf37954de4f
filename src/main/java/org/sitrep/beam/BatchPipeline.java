package org.sitrep.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.sitrep.export.ParquetSchema;
import org.sitrep.model.Article;

/*
 * Design note. Two reshuffles make the work spread: the first over file ranges, so a folder of many
 * files or one huge JSON-lines file is read by every worker; the second over articles, so that one
 * small file of a thousand articles is still coded on every core (reading is cheap, coding is ~0.3
 * s of CPU per article). Everything else is one pass: read, code, write three outputs twice.
 */

/**
 * Builds the {@code sitrep batch} pipeline: match the inputs, read them in ranges with ingest's
 * readers, code every article with the shared coder, and write events, quotes and problems as JSON
 * lines and as Parquet ({@code events-00000-of-00002.jsonl}, {@code events-00000-of-00002.parquet},
 * ...: as many files as the job's output shards, or as the runner sees fit) into the output folder.
 *
 * <pre>{@code BatchPipeline.Outputs outputs = BatchPipeline.build(pipeline, job);}</pre>
 */
public final class BatchPipeline {
  private BatchPipeline() {}

  /** The three outputs, for tests that assert on them. */
  public record Outputs(
      PCollection<String> events, PCollection<String> quotes, PCollection<String> problems) {}

  public static Outputs build(Pipeline pipeline, BatchJob job) {
    PCollection<FileRange> ranges =
        pipeline
            .apply("Inputs", Create.of(job.inputs()).withCoder(StringUtf8Coder.of()))
            .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("Split", ParDo.of(new SplitFiles(job.rangeBytes())))
            .setCoder(SerializableCoder.of(FileRange.class))
            .apply("Spread ranges", Reshuffle.viaRandomKey());
    PCollectionTuple read =
        ranges.apply(
            "Read",
            ParDo.of(new ReadRanges(job.defaultDate().map(Object::toString).orElse(null)))
                .withOutputTags(ReadRanges.ARTICLES, TupleTagList.of(ReadRanges.PROBLEMS)));
    PCollection<Article> articles =
        read.get(ReadRanges.ARTICLES)
            .setCoder(ArticleRecordCoder.of())
            .apply(
                "Spread articles",
                job.articleBuckets() > 0
                    ? Reshuffle.<Article>viaRandomKey().withNumBuckets(job.articleBuckets())
                    : Reshuffle.viaRandomKey());
    PCollectionTuple coded =
        articles.apply(
            "Code",
            ParDo.of(new CodeArticles(job.store().orElse(null)))
                .withOutputTags(
                    CodeArticles.EVENTS,
                    TupleTagList.of(CodeArticles.QUOTES).and(CodeArticles.PROBLEMS)));
    PCollection<String> events = coded.get(CodeArticles.EVENTS).setCoder(StringUtf8Coder.of());
    PCollection<String> quotes = coded.get(CodeArticles.QUOTES).setCoder(StringUtf8Coder.of());
    PCollection<String> problems =
        PCollectionList.of(read.get(ReadRanges.PROBLEMS).setCoder(StringUtf8Coder.of()))
            .and(coded.get(CodeArticles.PROBLEMS).setCoder(StringUtf8Coder.of()))
            .apply("Problems", Flatten.pCollections());
    write(events, job, "events", ParquetSchema.EVENT);
    write(quotes, job, "quotes", ParquetSchema.QUOTE);
    write(problems, job, "problems", ParquetSchema.PROBLEM);
    return new Outputs(events, quotes, problems);
  }

  private static void write(
      PCollection<String> lines, BatchJob job, String name, ParquetSchema schema) {
    // 0 leaves the shards to the runner: on a cluster, one file per bundle as it finishes
    lines.apply(
        "Write " + name + " as JSON lines",
        TextIO.write()
            .to(job.output() + "/" + name)
            .withSuffix(".jsonl")
            .withNumShards(job.outputShards()));
    lines.apply(
        "Write " + name + " as Parquet",
        FileIO.<String>write()
            .via(new ParquetSink(schema))
            .to(job.output())
            .withPrefix(name)
            .withSuffix(".parquet")
            .withNumShards(job.outputShards()));
  }
}
