package org.sitrep.store;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * Writes a coded article as sitrep did before events had mentions (schema V3 and V4): one row of
 * events per coded event. For migration tests: a store made by an older sitrep.
 */
final class SchemaV4Writer {
  private SchemaV4Writer() {}

  static void save(String url, CodedArticle coded) {
    Jdbi.create(url)
        .useTransaction(
            handle -> {
              ArticleWriter.insertArticle(
                  handle, coded, ArticleWriter.sha256(coded.article().text()));
              Map<Integer, Long> sentences = ArticleWriter.insertSentences(handle, coded);
              for (Event event : coded.events()) {
                Update insert =
                    handle.createUpdate(
                        "INSERT INTO events ("
                            + EventColumns.COLUMNS
                            + ") VALUES ("
                            + EventColumns.VALUES
                            + ")");
                insert.configure(SqlStatements.class, s -> s.setUnusedBindingAllowed(true));
                EventColumns.bind(
                        insert,
                        event,
                        coded.article(),
                        Optional.ofNullable(sentences.get(event.sentence())))
                    .execute();
              }
            });
  }
}
