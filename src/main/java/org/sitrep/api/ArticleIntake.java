package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.store.Store;

/**
 * Ingests one article posted to the API: read as sitrep's JSON article, skipped when stored
 * already, else coded and stored (waiting for the coder if its models are still loading).
 */
final class ArticleIntake {
  private final Store store;
  private final BackgroundCoder coder;

  ArticleIntake(Store store, BackgroundCoder coder) {
    this.store = store;
    this.coder = coder;
  }

  /** What became of a posted article: HTTP status and JSON body. */
  record Outcome(int status, String json) {}

  /**
   * Ingests a posted article; {@code date} (YYYY-MM-DD) stands in for a missing publication date,
   * as {@code --date} does on the command line: events are dated against it, so it is never
   * guessed.
   */
  Outcome ingest(byte[] body, Optional<String> date) {
    IngestOptions options = IngestOptions.defaults();
    if (date.isPresent()) {
      try {
        options = options.withDefaultDate(LocalDate.parse(date.get()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("date must be YYYY-MM-DD: " + date.get(), e);
      }
    }
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new ArticleReader(options).readJson(body, "request body", articles::add, problems::add);
    if (!problems.isEmpty()) {
      String reason = problems.get(0).reason();
      if (reason.startsWith("no publication date")) {
        reason =
            "no publication date: add \"published\":\"YYYY-MM-DD\" to the article, or ?date=YYYY-MM-DD";
      }
      return new Outcome(400, ApiJson.error("request body: " + reason));
    }
    Article article = articles.get(0);
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("id", article.id());
    if (store.contains(article)) {
      node.put("stored", false);
      node.put("reason", "already stored (same id or same text)");
      return new Outcome(200, ApiJson.write(node));
    }
    CodedArticle coded = coder.get().code(article);
    boolean stored = store.save(coded);
    node.put("stored", stored);
    node.put("events", stored ? coded.events().size() : 0);
    node.put("quotes", stored ? coded.quotes().size() : 0);
    return new Outcome(stored ? 201 : 200, ApiJson.write(node));
  }
}
