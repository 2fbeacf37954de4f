package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** One event, many reports, on SQLite files. */
class SqliteMentionsTest extends MentionsContract {
  @TempDir Path folder;
  private int made;

  @Override
  String emptyDatabase() {
    return "jdbc:sqlite:" + folder.resolve("sitrep-" + ++made + ".db");
  }
}
