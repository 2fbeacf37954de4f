package org.sitrep.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open sitrep database, its schema brought up to date by Flyway's migrations. {@code where} is a
 * file name (SQLite, created when missing) or a {@code jdbc:sqlite:} or {@code jdbc:postgresql:}
 * URL.
 *
 * <pre>{@code Database db = Database.open("sitrep.db");}</pre>
 */
final class Database implements AutoCloseable {
  /**
   * Connections kept open: an ingest writes on one while the API reads on the others. Eight, not
   * four: under 50 clients slow free-text reads held all four and the rest queued behind them
   * (bench-store --clients 50 --rate 100: p99 213 ms with four, 117 ms with eight).
   */
  private static final int POOL_SIZE = 8;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String url;

  private Database(HikariDataSource pool, Dialect dialect, String url) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.dialect = dialect;
    this.url = url;
  }

  static Database open(String where) {
    String url = where.startsWith("jdbc:") ? where : "jdbc:sqlite:" + where;
    Dialect dialect = Dialect.of(url);
    if (dialect == Dialect.SQLITE) {
      requireWritableFolder(url.substring("jdbc:sqlite:".length()));
    }
    DataSource source = dialect == Dialect.SQLITE ? sqlite(url) : postgresql(url);
    try {
      Flyway.configure().dataSource(source).locations(dialect.migrations()).load().migrate();
    } catch (FlywayValidateException e) {
      throw new StoreException(
          describe(url)
              + ": this store's schema does not match this version of sitrep ("
              + firstLine(e.getMessage())
              + "): store into a new --db",
          e);
    } catch (FlywayException e) {
      throw new StoreException(
          describe(url) + ": cannot prepare the store: " + firstLine(e.getMessage()), e);
    }
    return new Database(pool(source, url), dialect, url);
  }

  /**
   * Keeps connections open between calls: opening one per call cost a SQLite query twice its time,
   * a PostgreSQL one ten times, and every SQLite close checkpointed the write-ahead log.
   */
  private static HikariDataSource pool(DataSource source, String url) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setPoolName("sitrep-store");
    config.setInitializationFailTimeout(
        -1); // Flyway has just connected; failures are reported per call
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          describe(url) + ": cannot open connections: " + firstLine(e.getMessage()), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  Jdbi jdbi() {
    return jdbi;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The URL with any password left out, for messages. */
  String describe() {
    return describe(url);
  }

  private static SQLiteDataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL: readers (the API) never block the writer (an ingest), and a killed writer loses only
    // its uncommitted transaction.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(30_000);
    // An article's writing touches pages all over the mentions and events indexes. A 64 MB cache
    // (SQLite's default is 2 MB) keeps them between articles, and checkpointing the WAL every
    // 10,000 pages (40 MB) instead of 1,000 writes a page back once for many commits: together
    // 35% more mentions/s in bench-store at 300,000 mentions. The cache is a ceiling per pooled
    // connection, filled only as it reads.
    config.setCacheSize(-64 * 1024);
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
    // A writer takes the write lock when it begins (it reads first, to skip stored articles):
    // two writers, an ingest and a POST, then queue instead of failing on a stale snapshot.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url);
    return source;
  }

  private static PGSimpleDataSource postgresql(String url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url);
    return source;
  }

  private static void requireWritableFolder(String file) {
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(
          file + ": folder " + parent + " does not exist: create it or choose another --db");
    }
  }

  static String describe(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end);
  }
}
