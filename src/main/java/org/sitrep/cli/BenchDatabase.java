package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a benchmark command writes: the store the user named, else a temporary SQLite file that is
 * deleted, with its journal files, when the benchmark ends.
 *
 * <pre>
 * {@code try (BenchDatabase db = BenchDatabase.of(option, "bench-store")) { open(db.where()) }}
 * </pre>
 */
final class BenchDatabase implements AutoCloseable {
  private final String where;
  private final Optional<Path> temporary;

  private BenchDatabase(String where, Optional<Path> temporary) {
    this.where = where;
    this.temporary = temporary;
  }

  /** The store {@code option} names, or a new temporary file named after {@code command}. */
  static BenchDatabase of(@Nullable String option, String command) throws IOException {
    if (option != null) {
      return new BenchDatabase(option, Optional.empty());
    }
    Path file = Files.createTempFile("sitrep-" + command + "-", ".db");
    return new BenchDatabase(file.toString(), Optional.of(file));
  }

  /** The file or URL to open the store at. */
  String where() {
    return where;
  }

  @Override
  public void close() throws IOException {
    if (temporary.isPresent()) {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        Files.deleteIfExists(Path.of(temporary.get() + suffix));
      }
    }
  }
}
