package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.Csv;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep actors [--match TEXT]}: the actors of stored events, most events first. */
@Command(
    name = "actors",
    description = "Lists the actors of stored events with their event counts, most first.")
final class ActorsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin StoreOption store;

  @Option(
      names = "--match",
      paramLabel = "TEXT",
      description = "Code prefix (RUS) or words of the name (kremlin).")
  @Nullable String match;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default), jsonl or csv.")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "At most this many actors (1-500, default 100).")
  int limit;

  enum Format {
    table,
    jsonl,
    csv
  }

  @Override
  public Integer call() throws Exception {
    requireLimit();
    List<ActorSummary> actors;
    try (Store opened = store.openExisting()) {
      actors = opened.actors(Optional.ofNullable(match).filter(m -> !m.isBlank()), limit);
    }
    PrintStream out = System.out;
    switch (format) {
      case table -> {
        Table table =
            new Table(List.of("code", "name", "events", "as source", "as target"), 16, 40, 8, 9, 9);
        actors.forEach(
            a ->
                table.add(
                    List.of(
                        a.code(),
                        a.name(),
                        Long.toString(a.events()),
                        Long.toString(a.asSource()),
                        Long.toString(a.asTarget()))));
        table.print(out);
      }
      case jsonl -> {
        for (ActorSummary a : actors) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("code", a.code());
          row.put("name", a.name());
          row.put("events", a.events());
          row.put("as_source", a.asSource());
          row.put("as_target", a.asTarget());
          out.println(JSON.writeValueAsString(row));
        }
      }
      case csv -> {
        out.println(Csv.row(List.of("code", "name", "events", "as_source", "as_target")));
        actors.forEach(
            a ->
                out.println(
                    Csv.row(
                        List.of(
                            a.code(),
                            a.name(),
                            Long.toString(a.events()),
                            Long.toString(a.asSource()),
                            Long.toString(a.asTarget())))));
      }
    }
    return ExitCodes.OK;
  }

  // A method of its own: SpotBugs 4.9.3 takes the picocli-set field for its default 0, believes the
  // throw certain and fails on the dead code after it (docs/decisions.md, SpotBugs).
  private void requireLimit() {
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new UserError("--limit must be 1 to " + PageRequest.MAX_LIMIT + ": " + limit);
    }
  }
}
