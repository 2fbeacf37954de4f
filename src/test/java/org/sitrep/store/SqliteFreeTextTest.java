package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Free text on SQLite files. */
class SqliteFreeTextTest extends FreeTextContract {
  @TempDir Path folder;
  private int made;

  @Override
  String emptyDatabase() {
    return "jdbc:sqlite:" + folder.resolve("sitrep-" + ++made + ".db");
  }
}
