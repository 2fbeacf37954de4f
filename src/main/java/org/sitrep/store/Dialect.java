package org.sitrep.store;

import java.util.List;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

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
    String query(List<String> words, Predicate<String> asPrefix) {
      // Each word quoted: FTS5 then reads them as plain terms, all required, never as syntax. The
      // porter tokenizer stems them, a prefix ("russ"*) too.
      StringBuilder query = new StringBuilder();
      for (String word : words) {
        query.append(query.isEmpty() ? "" : " ").append('"').append(word).append('"');
        query.append(asPrefix.test(word) ? "*" : "");
      }
      return query.toString();
    }
  },
  POSTGRESQL("postgresql") {
    @Override
    String sentenceMatch(String param) {
      // The index's expression, word for word (V4__stemmed_search.sql says why this config).
      return "SELECT id FROM sentences WHERE to_tsvector('sitrep_search', text)"
          + " @@ to_tsquery('sitrep_search', :"
          + param
          + ")";
    }

    /**
     * With {@code LIMIT 1} PostgreSQL's planner read the sentences in order, stemming each, to meet
     * the word soon: 2.5 s on 64,000 sentences for a word that is nowhere. The index says at once
     * (0.3 ms; 3 ms for a word in a third of the sentences).
     */
    @Override
    boolean occurs(Handle handle, String word) {
      return handle.inTransaction(
          inside -> {
            inside.execute("SET LOCAL enable_seqscan = off");
            return super.occurs(inside, word);
          });
    }

    @Override
    String query(List<String> words, Predicate<String> asPrefix) {
      // Each word quoted, all required ('russ':* & 'who'): words hold no quote, so no syntax.
      StringBuilder query = new StringBuilder();
      for (String word : words) {
        query.append(query.isEmpty() ? "" : " & ").append('\'').append(word).append('\'');
        query.append(asPrefix.test(word) ? ":*" : "");
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

  /** The value to bind for {@link #sentenceMatch}: these words, all required. */
  abstract String query(List<String> words, Predicate<String> asPrefix);

  /** What the user typed as words only, no prefix: enough to know whether any word was typed. */
  String textQuery(String typed) {
    return query(SearchWords.of(typed), word -> false);
  }

  /**
   * The value to bind for {@link #sentenceMatch}, from what the user typed: a word of {@value
   * SearchWords#PREFIX_FROM} letters or more that no sentence holds as a word is a prefix. Only
   * then: on FTS5 a prefix merges the lists of all the words it begins, and a common one took a
   * second where the word took milliseconds.
   */
  String textQuery(Handle handle, String typed) {
    return query(
        SearchWords.of(typed), word -> SearchWords.isPrefix(word) && !occurs(handle, word));
  }

  /** Whether some sentence holds {@code word} as a word (in any of its forms). */
  boolean occurs(Handle handle, String word) {
    return handle
        .createQuery(sentenceMatch("word") + " LIMIT 1")
        .bind("word", query(List.of(word), w -> false))
        .mapTo(Long.class)
        .findOne()
        .isPresent();
  }

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
