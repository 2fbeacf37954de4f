package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/** One event, many reports, on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresMentionsTest extends MentionsContract {
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
