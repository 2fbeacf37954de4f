package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/** The watcher's feed state on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresFeedStateTest extends FeedStateContract {
  private final List<TestPostgres> servers = new ArrayList<>();

  @Override
  String emptyDatabase() {
    TestPostgres server = TestPostgres.start();
    servers.add(server);
    return server.url();
  }

  @Override
  void close() {
    servers.forEach(TestPostgres::drop);
  }
}
