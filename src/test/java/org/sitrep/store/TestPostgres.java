package org.sitrep.store;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL server for tests, named by {@code SITREP_TEST_POSTGRES} (a JDBC URL; {@code
 * .ci/postgres} starts Debian's server and prints one). Each user gets a schema of its own, dropped
 * after. Without the variable the tests are skipped, unless {@code SITREP_REQUIRE_POSTGRES=1} (CI)
 * makes that a failure.
 */
public final class TestPostgres {
  private final String baseUrl;
  private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "");

  private TestPostgres(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public static TestPostgres start() {
    String url = System.getenv("SITREP_TEST_POSTGRES");
    if (url == null || url.isBlank()) {
      if ("1".equals(System.getenv("SITREP_REQUIRE_POSTGRES"))) {
        fail("SITREP_REQUIRE_POSTGRES=1 but SITREP_TEST_POSTGRES is not set: run .ci/postgres");
      }
      assumeTrue(
          false,
          "no PostgreSQL: set SITREP_TEST_POSTGRES=$(.ci/postgres) to run these tests on it");
    }
    TestPostgres server = new TestPostgres(url);
    server.execute("CREATE SCHEMA " + server.schema);
    return server;
  }

  /** The URL of this test's own schema. */
  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public void drop() {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(baseUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + baseUrl.replaceAll("password=[^&]*", "password=***")
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
