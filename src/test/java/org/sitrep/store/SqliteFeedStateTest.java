package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's feed state on SQLite files. */
class SqliteFeedStateTest extends FeedStateContract {
  @TempDir Path folder;
  private int made;

  @Override
  String emptyDatabase() {
    return "jdbc:sqlite:" + folder.resolve("sitrep-" + ++made + ".db");
  }
}
