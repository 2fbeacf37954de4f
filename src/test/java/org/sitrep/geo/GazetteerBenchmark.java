package org.sitrep.geo;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The gazetteer's two costs, against the product goals of a load under two seconds and at
 * least 1,000,000 lookups/s:
 *
 * <ul>
 *   <li>{@link #load}: one load of {@value Gazetteer#RESOURCE} (gunzip, parse, index every
 *       name) in a cold JVM: each of five forks loads once with no warm-up ({@link
 *       Mode#SingleShotTime}, ms), which is what {@code sitrep code} pays at start-up.
 *   <li>{@link #lookup}: single-threaded {@link Gazetteer#lookup} on a mix of names the news
 *       uses (mixed case, "the", alternate spellings, Cyrillic, demonyms, regions, an unknown
 *       name); {@link OperationsPerInvocation} makes ops/s lookups/s. The shared instance is
 *       loaded in the setup, outside the measurement.
 * </ul>
 *
 * <pre>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args='GazetteerBenchmark'}</pre>
 */
@State(Scope.Benchmark)
@Threads(1)
public class GazetteerBenchmark {
  static final List<String> NAMES =
      List.of(
          "Kyiv", "Kiev", "Moscow", "Sochi", "Paris", "Georgia", "Kherson", "Ukraine",
          "Russia", "Europe", "the Black Sea", "Donbas", "Kursk region", "Belgorod Oblast",
          "Gaza Strip", "West Bank", "Middle East", "Washington", "Florida", "Ukrainian",
          "Russian", "Crimea", "Zaporizhzhia", "Kharkiv", "Odesa", "Київ", "BEIJING", "Tehran",
          "the Red Sea", "Unknownville");
  static final int LOOKUPS = 30;

  private Gazetteer gazetteer;

  @Setup
  public void loadShared() {
    gazetteer = Gazetteer.shared();
    if (NAMES.size() != LOOKUPS) {
      throw new IllegalStateException("LOOKUPS must equal NAMES.size(): " + NAMES.size());
    }
  }

  /** One load of the whole gazetteer from the classpath, in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Gazetteer load() {
    return Gazetteer.fromResource(Gazetteer.RESOURCE);
  }

  /** Every name of {@link #NAMES} looked up once. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Fork(1)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @OperationsPerInvocation(LOOKUPS)
  public void lookup(Blackhole sink) {
    for (String name : NAMES) {
      sink.consume(gazetteer.lookup(name));
    }
  }
}
