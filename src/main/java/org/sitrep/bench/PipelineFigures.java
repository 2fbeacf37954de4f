package org.sitrep.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.sitrep.pipeline.Timings;

/**
 * What {@code sitrep bench} prints after a run: the thread time of each stage and, as the last
 * line, {@code N articles in T s: X articles/s, peak heap H MB, P% sentences parsed}.
 *
 * <pre>{@code PipelineFigures.print(System.out, coder.timings(), threads, coded, seconds)}</pre>
 */
public final class PipelineFigures {
  private PipelineFigures() {}

  public static void print(PrintStream out, Timings t, int threads, long coded, double seconds) {
    double busy =
        (t.annotateNanos() + t.discourseNanos() + t.placesNanos() + t.parseNanos() + t.codeNanos())
            / 1e9;
    out.printf(
        Locale.ROOT,
        "threads %d; thread time: annotate %.1f s (%.0f%%), references and quotes %.1f s (%.0f%%),"
            + " places %.1f s (%.0f%%), parse %.1f s (%.0f%%), code %.1f s (%.0f%%)%n",
        threads,
        t.annotateNanos() / 1e9,
        share(t.annotateNanos(), busy),
        t.discourseNanos() / 1e9,
        share(t.discourseNanos(), busy),
        t.placesNanos() / 1e9,
        share(t.placesNanos(), busy),
        t.parseNanos() / 1e9,
        share(t.parseNanos(), busy),
        t.codeNanos() / 1e9,
        share(t.codeNanos(), busy));
    double parsedShare = t.sentences() == 0 ? 0 : 100.0 * t.parsed() / t.sentences();
    out.printf(
        Locale.ROOT,
        "%d articles in %.1f s: %.2f articles/s, peak heap %d MB, %.0f%% sentences parsed%n",
        coded,
        seconds,
        coded / seconds,
        peakHeapMegabytes(),
        parsedShare);
  }

  private static double share(long nanos, double busySeconds) {
    return busySeconds == 0 ? 0 : 100.0 * nanos / 1e9 / busySeconds;
  }

  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
