package org.sitrep.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * What a batch did: articles read, coded and failed, problems by kind of reason, events and quotes
 * written, articles saved into the store (or found there already) when it had one, wall time;
 * printed at the end and written as {@code summary.json} beside the outputs.
 *
 * <pre>{@code summary.articlesPerSecond()  // 4.1}</pre>
 */
public record RunSummary(
    String runner,
    long articlesRead,
    long articlesCoded,
    long articlesFailed,
    Map<String, Long> problems,
    long events,
    long quotes,
    long articlesStored,
    long articlesStoredAlready,
    double seconds) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public RunSummary {
    Objects.requireNonNull(runner, "runner");
    problems = Map.copyOf(problems);
  }

  /**
   * The counts a finished job reported. Committed values where the runner has them (the
   * DirectRunner, Flink), else attempted ones, which may count a retried bundle twice.
   */
  static RunSummary of(String runner, MetricResults metrics, double seconds) {
    MetricQueryResults all = metrics.queryMetrics(MetricsFilter.builder().build());
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Long> problems = new TreeMap<>();
    for (MetricResult<Long> counter : all.getCounters()) {
      String namespace = counter.getName().getNamespace();
      long value = value(counter);
      if (namespace.equals(BatchCounters.NAMESPACE)) {
        counts.merge(counter.getName().getName(), value, Long::sum);
      } else if (namespace.equals(BatchCounters.PROBLEMS_NAMESPACE)) {
        problems.merge(counter.getName().getName(), value, Long::sum);
      }
    }
    return new RunSummary(
        runner,
        counts.getOrDefault(BatchCounters.READ, 0L),
        counts.getOrDefault(BatchCounters.CODED, 0L),
        counts.getOrDefault(BatchCounters.FAILED, 0L),
        problems,
        counts.getOrDefault(BatchCounters.EVENTS, 0L),
        counts.getOrDefault(BatchCounters.QUOTES, 0L),
        counts.getOrDefault(BatchCounters.STORED, 0L),
        counts.getOrDefault(BatchCounters.STORED_ALREADY, 0L),
        seconds);
  }

  private static long value(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }

  /** Every problem: records that could not be read and articles that could not be coded. */
  public long problemCount() {
    return problems.values().stream().mapToLong(Long::longValue).sum();
  }

  public double articlesPerSecond() {
    return seconds > 0 ? articlesCoded / seconds : 0;
  }

  /** The summary as one JSON object (summary.json). */
  public String json() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("runner", runner);
    node.put("articles_read", articlesRead);
    node.put("articles_coded", articlesCoded);
    node.put("articles_failed", articlesFailed);
    node.put("problems", problemCount());
    ObjectNode reasons = node.putObject("problem_reasons");
    new TreeMap<>(problems).forEach(reasons::put);
    node.put("events", events);
    node.put("quotes", quotes);
    node.put("articles_stored", articlesStored);
    node.put("articles_stored_already", articlesStoredAlready);
    node.put("wall_seconds", Math.round(seconds * 10) / 10.0);
    node.put("articles_per_second", Math.round(articlesPerSecond() * 100) / 100.0);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the summary", e);
    }
  }

  /** Lines for people, on stderr. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "sitrep: %d articles read, %d coded, %d failed; %d events, %d quotes in %.1f s"
                + " (%.2f articles/s, %s)%n",
            articlesRead,
            articlesCoded,
            articlesFailed,
            events,
            quotes,
            seconds,
            articlesPerSecond(),
            runner));
    if (articlesStored + articlesStoredAlready > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "sitrep: %d articles stored, %d stored already%n",
              articlesStored,
              articlesStoredAlready));
    }
    new TreeMap<>(problems)
        .forEach(
            (reason, n) ->
                out.append(String.format(Locale.ROOT, "sitrep: %d problems: %s%n", n, reason)));
    return out.toString();
  }
}
