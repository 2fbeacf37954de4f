package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.sitrep.api.ApiServer;
import org.sitrep.store.Store;

/**
 * The API under many clients at once: serves the store and has {@code clients} keep-alive
 * connections send {@link StoreQueryMix}'s queries together at a fixed total rate (open loop, each
 * request due at its moment whether or not the previous one came back, so a slow server is charged
 * for the wait it causes), or as fast as answers come (closed loop, rate 0). Prints the rate
 * reached, latency percentiles and how busy the processors were, in this JVM (server and clients)
 * and on the machine, which says whether the time goes to computing or to waiting.
 *
 * <pre>{@code LoadBenchmark.run(store, 1, 50, 200, 60)  // 50 clients, 200 requests/s, 60 s}</pre>
 */
public final class LoadBenchmark {
  private static final int PAGE = 50;
  private static final double GOAL_P99_MS = 100;

  private LoadBenchmark() {}

  /** A warm-up of a tenth of the time (at least 5 s) at the same load, then the timed run. */
  public static void run(Store store, long seed, int clients, double rate, int seconds)
      throws InterruptedException {
    try (ApiServer server =
        ApiServer.start(
            store,
            () -> {
              throw new IllegalStateException("the load benchmark takes no articles over HTTP");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()))) {
      load(server.port(), seed + 1, clients, rate, Math.max(5, seconds / 10), "warm-up");
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      Latencies latencies = load(server.port(), seed + 2, clients, rate, seconds, "timed");
      double elapsed = (System.nanoTime() - start) / 1e9;
      double cpu = (processCpuNanos() - cpuBefore) / 1e9;
      report(latencies, clients, rate, elapsed, cpu);
    }
  }

  private static Latencies load(
      int port, long seed, int clients, double rate, int seconds, String phase)
      throws InterruptedException {
    System.err.printf(Locale.ROOT, "sitrep: %s, %d clients for %d s%n", phase, clients, seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Latencies>> running = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    // client i sends at start + (i + k * clients) / rate: the clients' requests interleave evenly
    long gap = rate > 0 ? Math.round(1e9 * clients / rate) : 0;
    for (int i = 0; i < clients; i++) {
      long first = rate > 0 ? start + Math.round(1e9 * i / rate) : start;
      long clientSeed = seed * 1_000 + i;
      running.add(pool.submit(() -> client(port, clientSeed, first, gap, end)));
    }
    Latencies all = new Latencies();
    try {
      for (Future<Latencies> client : running) {
        all.addAll(client.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a client failed: " + String.valueOf(e.getCause()), e);
    } finally {
      pool.shutdownNow();
    }
    return all;
  }

  private static Latencies client(int port, long seed, long first, long gap, long end)
      throws Exception {
    ApiProbe probe = new ApiProbe(port, PAGE);
    StoreQueryMix mix = new StoreQueryMix(seed);
    Latencies latencies = new Latencies();
    long due = first;
    while (due < end && System.nanoTime() < end) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      // closed loop (no gap): each request is due when the previous answer is in
      StoreBenchmark.ask(probe, mix, gap > 0 ? due : System.nanoTime(), latencies);
      due += gap;
    }
    return latencies;
  }

  private static void report(
      Latencies latencies, int clients, double rate, double elapsed, double cpuSeconds) {
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        Locale.ROOT,
        "load: %d clients, %s, %d GET /api/events (limit %d) in %.1f s: %.0f requests/s%n",
        clients,
        rate > 0 ? String.format(Locale.ROOT, "%.0f requests/s asked", rate) : "closed loop",
        latencies.count(),
        PAGE,
        elapsed,
        latencies.count() / elapsed);
    latencies.print(System.out);
    System.out.printf(
        Locale.ROOT,
        "processors: this JVM (server and clients) kept %.2f of %d cores busy, %.1f ms of"
            + " processor time per request; machine load average %.1f%n",
        cpuSeconds / elapsed,
        cores,
        1000 * cpuSeconds / Math.max(1, latencies.count()),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    double p99 = latencies.p99();
    System.out.printf(
        Locale.ROOT, "p99 %.1f ms: %s%n", p99, p99 < GOAL_P99_MS ? "under 100 ms" : "over 100 ms");
  }

  /** This process's processor time so far (0 where the platform does not tell). */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
