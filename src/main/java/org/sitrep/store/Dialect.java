package org.sitrep.store;

/**
 * What differs between the two stores sitrep runs on: where the migrations live and how free text
 * over sentences is matched (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL; both of words
 * stemmed by Porter's algorithm, as {@link SearchWords} says).
 */
enum Dialect {
  SQLITE("sqlite") {
    @Override
    String sentenceMatch(String param) {
      return "SELECT rowid FROM sentence_search WHERE sentence_search MATCH :" + param;
    }

    @Override
    String textQuery(String words) {
      // Each word quoted: FTS5 then reads them as plain terms, all required, never as syntax. The
      // porter tokenizer stems them, a prefix ("negoti"*) too.
      StringBuilder query = new StringBuilder();
      for (String word : SearchWords.of(words)) {
        query.append(query.isEmpty() ? "" : " ").append('"').append(word).append('"');
        query.append(SearchWords.isPrefix(word) ? "*" : "");
      }
      return query.toString();
    }
  },
  POSTGRESQL("postgresql") {
    @Override
    String sentenceMatch(String param) {
      // The index's expression, word for word (V3__stemmed_search.sql says why this config).
      return "SELECT id FROM sentences WHERE to_tsvector('sitrep_search', text)"
          + " @@ to_tsquery('sitrep_search', :"
          + param
          + ")";
    }

    @Override
    String textQuery(String words) {
      // Each word quoted, all required ('drone':* & 'who'): words hold no quote, so no syntax.
      StringBuilder query = new StringBuilder();
      for (String word : SearchWords.of(words)) {
        query.append(query.isEmpty() ? "" : " & ").append('\'').append(word).append('\'');
        query.append(SearchWords.isPrefix(word) ? ":*" : "");
      }
      return query.toString();
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
