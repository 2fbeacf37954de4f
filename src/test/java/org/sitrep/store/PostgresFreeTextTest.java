package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Free text on a real PostgreSQL server (see {@link TestPostgres}), a schema per database. */
class PostgresFreeTextTest extends FreeTextContract {
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

  @Test
  void theIndexIsOfTheExpressionSearched() {
    // the condition repeats the index's expression, or PostgreSQL reads every sentence
    String index =
        Jdbi.create(servers.get(0).url())
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT indexdef FROM pg_indexes WHERE indexname = 'sentences_search'"
                                + " AND schemaname = current_schema()")
                        .mapTo(String.class)
                        .one());

    assertThat(index).contains("to_tsvector('sitrep_search'");
    assertThat(Dialect.POSTGRESQL.sentenceMatch("text")).contains("to_tsvector('sitrep_search'");
  }
}
