package org.sitrep.store;

/**
 * What differs between the two stores sitrep runs on: where the migrations live and how free text
 * over sentences is matched (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL).
 */
enum Dialect {
  SQLITE("sqlite") {
    @Override
    String sentenceMatch(String param) {
      return "SELECT rowid FROM sentence_search WHERE sentence_search MATCH :" + param;
    }

    @Override
    String textQuery(String words) {
      // Each word quoted: FTS5 then reads them as plain terms, all required, never as syntax.
      StringBuilder query = new StringBuilder();
      for (String word : SearchWords.of(words)) {
        query.append(query.isEmpty() ? "" : " ").append('"').append(word).append('"');
      }
      return query.toString();
    }
  },
  POSTGRESQL("postgresql") {
    @Override
    String sentenceMatch(String param) {
      return "SELECT id FROM sentences WHERE to_tsvector('simple', text) @@ plainto_tsquery('simple', :"
          + param
          + ")";
    }

    @Override
    String textQuery(String words) {
      return String.join(" ", SearchWords.of(words));
    }
  };

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Flyway's location of this store's migrations. */
  String migrations() {
    return "classpath:org/sitrep/store/migration/" + folder;
  }

  /** A sub-select of the ids of sentences matching the text bound to {@code param}. */
  abstract String sentenceMatch(String param);

  /** The value to bind for {@link #sentenceMatch}, from what the user typed. */
  abstract String textQuery(String words);

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new StoreException(
        "unsupported database "
            + jdbcUrl
            + ": give a file name (SQLite) or jdbc:postgresql://host/db");
  }
}
