package org.sitrep.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
import org.sitrep.coding.petrxml.PetrarchXmlReader;
import org.sitrep.coding.petrxml.SentenceRecord;
import org.sitrep.dictionaries.Dictionaries;

/**
 * Single-threaded coding throughput with the parse trees given: how many sentences per second
 * {@link SentenceCoder#code} codes on the bundled Phoenix dictionaries. Reading the XML, parsing
 * the trees and loading the dictionaries happen once in the setup and are not measured.
 *
 * <p>Each invocation codes every sentence of the PETRARCH GigaWord sample and unit-test records
 * once ({@value #SENTENCES} sentences; the two records whose trees do not parse are left out);
 * {@link OperationsPerInvocation} makes the score per sentence, so ops/s is sentences/s. The
 * product goal is at least 20,000 sentences/s on one thread.
 *
 * <p>Run it from the project root (the {@code bench} profile runs {@code org.openjdk.jmh.Main} on
 * the test classpath):
 *
 * <pre>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args='CoderBenchmark -f 1 -wi 3 -i 5'}
 * </pre>
 *
 * <p>Add {@code -prof stack} or {@code -prof gc} to the arguments to see where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CoderBenchmark {
  /** Sentences coded per invocation: the records of both files whose trees parse. */
  static final int SENTENCES = 358;

  private static final List<String> FILES =
      List.of(
          "/org/sitrep/validation/GigaWord.sample.PETR.xml",
          "/org/sitrep/validation/PETR.UnitTest.records.xml");

  /** A record with its tree, ready to code. */
  private record Input(SentenceRecord record, ParseTree tree) {}

  private SentenceCoder coder;
  private List<Input> inputs;

  @Setup(Level.Trial)
  public void setUp() {
    coder = new SentenceCoder(Dictionaries.phoenix());
    inputs = new ArrayList<>();
    int skipped = 0;
    for (String file : FILES) {
      try (InputStream in = CoderBenchmark.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("resource missing from the test classpath: " + file);
        }
        for (SentenceRecord record : PetrarchXmlReader.read(file, in).sentences()) {
          try {
            inputs.add(new Input(record, TreeReader.read(record.parse())));
          } catch (TreeSyntaxException e) {
            skipped++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int events = 0;
    for (Input input : inputs) {
      events += code(input).events().size();
    }
    System.out.printf(
        Locale.ROOT,
        "%nCoderBenchmark: %d sentences (%d skipped, tree does not parse), %d events per pass%n",
        inputs.size(),
        skipped,
        events);
    if (inputs.size() != SENTENCES) {
      // the score would be per the wrong number of sentences: refuse rather than mislead
      throw new IllegalStateException(
          "expected " + SENTENCES + " sentences, read " + inputs.size() + "; update SENTENCES");
    }
  }

  private SentenceCoder.Result code(Input input) {
    SentenceRecord record = input.record();
    return coder.code(input.tree(), record.text(), record.date(), record.config());
  }

  /** Codes every sentence once; the score is per sentence. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void codeAllSentences(Blackhole blackhole) {
    for (Input input : inputs) {
      blackhole.consume(code(input));
    }
  }
}
