package org.sitrep.beam;

import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.DoFn;
import org.sitrep.ingest.ArticleReader;

/**
 * Cuts each matched file into the ranges workers read: a JSON-lines file on a file system that
 * seeks cheaply into ranges of {@code rangeBytes}, anything else into one range, read whole.
 */
final class SplitFiles extends DoFn<MatchResult.Metadata, FileRange> {
  private static final long serialVersionUID = 1L;

  /** 64 MB: about 15,000 articles, a few minutes of one core's coding. */
  static final long DEFAULT_RANGE_BYTES = 64L << 20;

  private final long rangeBytes;

  SplitFiles(long rangeBytes) {
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("range must be at least one byte: " + rangeBytes);
    }
    this.rangeBytes = rangeBytes;
  }

  @ProcessElement
  public void process(@Element MatchResult.Metadata file, OutputReceiver<FileRange> out) {
    String name = file.resourceId().toString();
    long size = file.sizeBytes();
    boolean lines = ArticleReader.isJsonLines(name);
    if (!lines || !file.isReadSeekEfficient() || size <= rangeBytes) {
      out.output(new FileRange(name, 0, size, lines));
      return;
    }
    for (long start = 0; start < size; start += rangeBytes) {
      out.output(new FileRange(name, start, Math.min(size, start + rangeBytes), true));
    }
  }
}
