package org.sitrep.dictionaries;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load the bundled production dictionaries with {@link Dictionaries#phoenix()}: the CAMEO
 * verb patterns and all Phoenix actor, agent, discard and issue files, read from the classpath and
 * parsed into their tries. The product goal is under one second.
 *
 * <p>Each measured iteration is one fresh load ({@link Mode#SingleShotTime}, in ms). By default
 * every fork is a new JVM that loads once with no warm-up, which is what {@code sitrep code} pays
 * at start-up (class loading and interpretation included); five forks give the spread.
 *
 * <pre>{@code
 * mvn -B -Pbench test-compile exec:exec -Dbench.args='DictionaryLoadBenchmark'
 * }</pre>
 *
 * <p>For the load in a warmed-up JVM (a server that reloads its dictionaries), override the
 * defaults, e.g. {@code -Dbench.args='DictionaryLoadBenchmark -f 1 -wi 5 -i 10'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class DictionaryLoadBenchmark {

  /** One load of every Phoenix dictionary and the CAMEO verb patterns. */
  @Benchmark
  public Dictionaries loadPhoenix() {
    return Dictionaries.phoenix();
  }
}
