package org.sitrep.beam;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints counts, rate and ETA to stderr every few seconds while a batch runs, as {@code ingest}
 * does. It reads this JVM's counters, so it shows the whole run on the DirectRunner (and on Spark's
 * local master or an embedded Flink); on a cluster the engine's own UI shows progress.
 */
final class ProgressReporter implements AutoCloseable {
  private final Thread thread;

  private ProgressReporter(Thread thread) {
    this.thread = thread;
  }

  static ProgressReporter start(PrintStream err, long everyMillis) {
    long start = System.nanoTime();
    Thread thread =
        new Thread(
            () -> {
              long shown = -1;
              try {
                while (true) {
                  Thread.sleep(everyMillis);
                  long done = BatchCounters.CODED_HERE.get();
                  if (done != shown) {
                    shown = done;
                    err.print(line(done, (System.nanoTime() - start) / 1e9));
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed: the batch is over
              }
            },
            "sitrep-progress");
    thread.setDaemon(true);
    thread.start();
    return new ProgressReporter(thread);
  }

  /**
   * Articles are all read before coding starts (a reshuffle lies between), so what is left is those
   * read and not yet coded.
   */
  static String line(long done, double seconds) {
    long read = BatchCounters.READ_HERE.get();
    double rate = done / seconds;
    String eta =
        done > 0 && read >= done
            ? String.format(Locale.ROOT, ", ETA %.0f s", (read - done) / rate)
            : "";
    return String.format(
        Locale.ROOT,
        "sitrep: %d of %d articles coded, %d problems, %.2f articles/s%s%n",
        done,
        read,
        BatchCounters.PROBLEMS_HERE.get(),
        rate,
        eta);
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
