package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that reads or writes the store. */
final class StoreOption {
  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      defaultValue = "sitrep.db",
      description =
          "The store: a SQLite file (default ${DEFAULT-VALUE}, created if missing) or"
              + " jdbc:postgresql://host:port/db?user=...&password=...")
  String db;

  /** Opens the store, creating a SQLite file that is missing: for commands that write. */
  Store open() {
    return Store.open(db);
  }

  /**
   * Opens a store that must exist already: a query against a missing SQLite file would otherwise
   * create an empty one and print nothing, as if the store held no events.
   */
  Store openExisting() {
    if (!db.startsWith("jdbc:") && !Files.exists(Path.of(db))) {
      throw new UserError(
          db
              + ": no store here; fill one with 'sitrep ingest --db "
              + db
              + " FILE...' or name an existing one with --db");
    }
    return Store.open(db);
  }
}
