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
 * The gazetteer's costs, against the product goals of a load under two seconds and at least
 * 1,000,000 lookups/s, and what resolving a mention costs:
 *
 * <ul>
 *   <li>{@link #load}: one load of {@value Gazetteer#RESOURCE} (gunzip, parse, index every name) in
 *       a cold JVM: each of five forks loads once with no warm-up ({@link Mode#SingleShotTime},
 *       ms), which is what {@code sitrep code} pays at start-up.
 *   <li>{@link #lookup}: single-threaded {@link Gazetteer#lookup} on a mix of names the news uses
 *       (mixed case, "the", alternate spellings, Cyrillic, demonyms, regions, an unknown name);
 *       {@link OperationsPerInvocation} makes ops/s lookups/s. The shared instance is loaded in the
 *       setup, outside the measurement.
 *   <li>{@link #resolve}: {@link PlaceResolver#resolve} on the places of one news sentence.
 * </ul>
 *
 * <pre>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args='GazetteerBenchmark'}</pre>
 */
@State(Scope.Benchmark)
@Threads(1)
public class GazetteerBenchmark {
  static final List<String> NAMES =
      List.of(
          "Kyiv",
          "Kiev",
          "Moscow",
          "Sochi",
          "Paris",
          "Georgia",
          "Kherson",
          "Ukraine",
          "Russia",
          "Europe",
          "the Black Sea",
          "Donbas",
          "Kursk region",
          "Belgorod Oblast",
          "Gaza Strip",
          "West Bank",
          "Middle East",
          "Washington",
          "Florida",
          "Ukrainian",
          "Russian",
          "Crimea",
          "Zaporizhzhia",
          "Kharkiv",
          "Odesa",
          "Київ",
          "BEIJING",
          "Tehran",
          "the Red Sea",
          "Unknownville");
  static final int LOOKUPS = 30;
  static final String SENTENCE =
      "Russian drones struck Odesa and the Kharkiv region overnight, officials in Kyiv said,"
          + " as talks in Paris and Georgia's capital Tbilisi stalled.";
  static final List<String> MENTIONED =
      List.of("Odesa", "Kharkiv region", "Kyiv", "Paris", "Georgia", "Tbilisi");
  static final int RESOLVES = 6;

  private Gazetteer gazetteer;
  private PlaceResolver resolver;
  private List<Place> articlePlaces;

  @Setup
  public void loadShared() {
    gazetteer = Gazetteer.shared();
    resolver = new PlaceResolver(gazetteer);
    articlePlaces =
        List.of(
            gazetteer.lookup("Ukraine").get(0),
            gazetteer.lookup("Russia").get(0),
            gazetteer.lookup("Moscow").get(0));
    if (NAMES.size() != LOOKUPS || MENTIONED.size() != RESOLVES) {
      throw new IllegalStateException(
          "LOOKUPS and RESOLVES must equal the sizes of NAMES and MENTIONED");
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

  /**
   * Resolves in a sentence, with three places already read elsewhere in the article: what choosing
   * among a name's candidates costs per place mention. ops/s are resolves/s.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Fork(1)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @OperationsPerInvocation(RESOLVES)
  public void resolve(Blackhole sink) {
    for (String name : MENTIONED) {
      sink.consume(resolver.resolve(name, SENTENCE, articlePlaces));
    }
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
