package org.sitrep.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request latencies by kind, reported as nearest-rank percentiles in milliseconds, with the mean
 * number of rows the requests returned (a query that finds nothing is fast for the wrong reason).
 *
 * <pre>{@code latencies.add("actor", nanos, 50); latencies.p99()}</pre>
 */
final class Latencies {
  private final Map<String, List<long[]>> byKind = new LinkedHashMap<>();
  private final List<long[]> all = new ArrayList<>();

  void add(String kind, long nanos, int rows) {
    long[] sample = {nanos, rows};
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(sample);
    all.add(sample);
  }

  /** Adds every sample of {@code other}, kind by kind (one client's latencies into the total). */
  void addAll(Latencies other) {
    other.byKind.forEach(
        (kind, samples) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(samples));
    all.addAll(other.all);
  }

  int count() {
    return all.size();
  }

  /** The 99th percentile of all requests, in milliseconds. */
  double p99() {
    return percentile(sorted(all), 0.99);
  }

  /** A table: one line for all requests, then one per kind in the order first seen. */
  void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-18s %6s %8s %8s %8s %8s %6s%n",
        "kind",
        "n",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "rows");
    line(out, "all", all);
    byKind.forEach((kind, samples) -> line(out, kind, samples));
  }

  private static void line(PrintStream out, String kind, List<long[]> samples) {
    long[] nanos = sorted(samples);
    double rows = samples.stream().mapToLong(s -> s[1]).average().orElse(0);
    out.printf(
        Locale.ROOT,
        "%-18s %6d %8.1f %8.1f %8.1f %8.1f %6.1f%n",
        kind,
        samples.size(),
        percentile(nanos, 0.5),
        percentile(nanos, 0.9),
        percentile(nanos, 0.99),
        percentile(nanos, 1.0),
        rows);
  }

  private static long[] sorted(List<long[]> samples) {
    long[] nanos = samples.stream().mapToLong(s -> s[0]).toArray();
    Arrays.sort(nanos);
    return nanos;
  }

  /** Nearest rank: the smallest latency that at least {@code q} of the requests did not exceed. */
  private static double percentile(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }
}
