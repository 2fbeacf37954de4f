package org.sitrep.store;

/** The store contract on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {
  private TestPostgres server;

  @Override
  Store open() {
    server = TestPostgres.start();
    return Store.open(server.url());
  }

  @Override
  Store openAgain() {
    return Store.open(server.url());
  }

  @Override
  void close() {
    if (server != null) {
      server.drop();
    }
  }
}
