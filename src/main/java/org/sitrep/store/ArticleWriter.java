package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;

/**
 * Stores a coded article in one transaction: the article, its sentences, its events as mentions
 * merged into the events they report ({@link MentionMerger}), its quotes and the actor counts they
 * add. An article already stored, by id or by text, is left as it is; a process killed mid-way
 * leaves no part of the article behind, since the transaction never committed.
 */
final class ArticleWriter {
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final ReportCache reports = new ReportCache(ReportCache.CAPACITY);

  ArticleWriter(Jdbi jdbi, Dialect dialect) {
    this.jdbi = jdbi;
    this.dialect = dialect;
  }

  /** Whether an article with this id or this text is stored. */
  boolean contains(Article article) {
    return jdbi.withHandle(handle -> contains(handle, article.id(), sha256(article.text())));
  }

  /** Stores the article; false when it was already there (nothing is changed then). */
  boolean save(CodedArticle coded) {
    return save(coded, (handle, stored) -> {});
  }

  /**
   * Stores the article and runs {@code also} in the same transaction, told whether the article was
   * new: a feed item is marked seen with its article or not at all.
   */
  boolean save(CodedArticle coded, AlsoInTransaction also) {
    Article article = coded.article();
    String hash = sha256(article.text());
    return jdbi.inTransaction(
        handle -> {
          if (!insertArticle(handle, coded, hash)) {
            also.run(handle, false);
            return false;
          }
          Map<Integer, Long> sentenceIds = insertSentences(handle, coded);
          MentionMerger.store(handle, dialect, article, coded.events(), sentenceIds, reports);
          insertQuotes(handle, coded);
          countActors(handle, coded);
          also.run(handle, true);
          return true;
        });
  }

  /** Work that must commit with an article or not at all. */
  @FunctionalInterface
  interface AlsoInTransaction {
    void run(Handle handle, boolean stored);
  }

  private static boolean contains(Handle handle, String id, String hash) {
    return handle
            .createQuery("SELECT COUNT(*) FROM articles WHERE id = :id OR text_sha256 = :hash")
            .bind("id", id)
            .bind("hash", hash)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /**
   * Inserts the article's row; false when one with its id or text is there. A check before the
   * insert is not enough on PostgreSQL: two writers saving the same article at once both pass it,
   * and the second then failed on the unique key. DO NOTHING waits for the first writer's
   * transaction and, once it commits, skips the row (SQLite's writers queue before they begin).
   */
  static boolean insertArticle(Handle handle, CodedArticle coded, String hash) {
    Article a = coded.article();
    return handle
            .createUpdate(
                "INSERT INTO articles (id, text_sha256, published, outlet, title, url, origin, text,"
                    + " sentences, parsed, ingested_at) VALUES (:id, :hash, :published, :outlet, :title, :url, :origin,"
                    + " :text, :sentences, :parsed, :ingested) ON CONFLICT DO NOTHING")
            .bind("id", a.id())
            .bind("hash", hash)
            .bind("published", a.published().map(Object::toString).orElse(null))
            .bind("outlet", a.outlet().orElse(null))
            .bind("title", a.title().orElse(null))
            .bind("url", a.url().orElse(null))
            .bind("origin", a.origin())
            .bind("text", a.text())
            .bind("sentences", coded.sentences().size())
            .bind("parsed", coded.parsed())
            .bind("ingested", Instant.now().toString())
            .execute()
        > 0;
  }

  static Map<Integer, Long> insertSentences(Handle handle, CodedArticle coded) {
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO sentences (article_id, idx, start_offset, end_offset,"
                + " text) VALUES (:article, :idx, :start, :end, :text)");
    for (Sentence s : coded.sentences()) {
      batch
          .bind("article", coded.article().id())
          .bind("idx", s.index())
          .bind("start", s.start())
          .bind("end", s.end())
          .bind("text", s.text())
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
    Map<Integer, Long> ids = new LinkedHashMap<>();
    handle
        .createQuery("SELECT idx, id FROM sentences WHERE article_id = :article")
        .bind("article", coded.article().id())
        .map((rs, ctx) -> ids.put(rs.getInt(1), rs.getLong(2)))
        .list();
    return ids;
  }

  private static void insertQuotes(Handle handle, CodedArticle coded) {
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO quotes (article_id, speaker_text, speaker_code, text,"
                + " start_offset, end_offset) VALUES (:article, :speaker, :code, :text, :start, :end)");
    for (Quote q : coded.quotes()) {
      batch
          .bind("article", q.article())
          .bind("speaker", q.speakerText())
          .bind("code", q.speakerCode().map(ActorCode::value).orElse(null))
          .bind("text", q.text())
          .bind("start", q.start())
          .bind("end", q.end())
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  /**
   * Adds the article's events to its actors' counts, in code order: two writers then lock the rows
   * they share in the same order, where in order of appearance (RUS then UKR, UKR then RUS) each
   * held one row and waited for the other's, and PostgreSQL broke the deadlock by failing one.
   */
  private static void countActors(Handle handle, CodedArticle coded) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Event event : coded.events()) {
      count(counts, names, event.source(), 0);
      event.target().ifPresent(target -> count(counts, names, target, 1));
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO actors (code, name, events, as_source, as_target)"
                + " VALUES (:code, :name, :events, :source, :target) ON CONFLICT (code) DO UPDATE SET"
                + " name = excluded.name, events = actors.events + excluded.events, as_source = actors.as_source + excluded.as_source,"
                + " as_target = actors.as_target + excluded.as_target");
    counts.forEach(
        (code, n) ->
            batch
                .bind("code", code)
                .bind("name", names.get(code))
                .bind("events", n[0] + n[1])
                .bind("source", n[0])
                .bind("target", n[1])
                .add());
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static void count(
      Map<String, long[]> counts, Map<String, String> names, ActorRef actor, int side) {
    counts.computeIfAbsent(actor.code().value(), code -> new long[2])[side]++;
    names.putIfAbsent(
        actor.code().value(), ActorLabels.codeName(actor.code().value(), actor.name()));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
