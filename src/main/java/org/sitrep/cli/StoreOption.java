package org.sitrep.cli;

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

  Store open() {
    return Store.open(db);
  }
}
