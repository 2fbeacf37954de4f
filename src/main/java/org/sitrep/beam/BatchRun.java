package org.sitrep.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs a {@link BatchJob} on the runner its options name, waits for it, and writes and returns its
 * {@link RunSummary}.
 *
 * <pre>
 * {@code RunSummary summary = BatchRun.run(job, List.of("--runner=DirectRunner"), System.err);}
 * </pre>
 */
public final class BatchRun {
  private static final long PROGRESS_EVERY_MILLIS = 3000;

  private BatchRun() {}

  /**
   * Parses Beam's options ({@code --runner=SparkRunner --sparkMaster=local[2]} ...).
   *
   * @throws IllegalArgumentException for an unknown option or a runner not in this build
   */
  public static PipelineOptions options(List<String> beamArgs) {
    return PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new))
        .withValidation()
        .create();
  }

  public static RunSummary run(BatchJob job, List<String> beamArgs, PrintStream err) {
    PipelineOptions options = options(beamArgs);
    FileSystems.setDefaultPipelineOptions(options);
    Pipeline pipeline = Pipeline.create(options);
    BatchPipeline.build(pipeline, job);
    BatchCounters.resetHere();
    String runner = options.getRunner().getSimpleName();
    long start = System.nanoTime();
    PipelineResult result;
    try (ProgressReporter progress = ProgressReporter.start(err, PROGRESS_EVERY_MILLIS)) {
      result = pipeline.run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the " + runner + " job ended " + state);
      }
    } finally {
      // the stores this JVM's workers opened: all of them on the DirectRunner or a local master
      SharedStore.closeAll();
    }
    RunSummary summary = RunSummary.of(runner, result.metrics(), (System.nanoTime() - start) / 1e9);
    removeEmptiedTempFolder(job.output());
    writeSummary(job.output(), summary);
    return summary;
  }

  /**
   * Beam's file writes leave their temporary folder behind once they have moved its files into
   * place; a finished run's folder holds only its outputs.
   */
  private static void removeEmptiedTempFolder(String folder) {
    ResourceId temp =
        FileSystems.matchNewResource(folder, true)
            .resolve(".temp-beam", ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
    try {
      FileSystems.delete(List.of(temp), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException e) {
      // not empty, or no folders on this file system: nothing of the run's is lost by leaving it
    }
  }

  private static void writeSummary(String folder, RunSummary summary) {
    ResourceId file =
        FileSystems.matchNewResource(folder, true)
            .resolve("summary.json", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out =
        Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
      out.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
