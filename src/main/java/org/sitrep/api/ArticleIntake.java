package org.sitrep.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;

/**
 * Ingests one article posted to the API: read as sitrep's JSON article, skipped when stored
 * already, else coded and stored. The coder is made on first use, so a server that only answers
 * queries never loads the language models.
 */
final class ArticleIntake {
  private final Store store;
  private final Supplier<ArticleCoder> coders;
  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());
  private ArticleCoder coder;

  ArticleIntake(Store store, Supplier<ArticleCoder> coders) {
    this.store = store;
    this.coders = coders;
  }

  /** What became of a posted article: HTTP status and JSON body. */
  record Outcome(int status, String json) {}

  Outcome ingest(byte[] body) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    reader.readJson(body, "request body", articles::add, problems::add);
    if (!problems.isEmpty()) {
      return new Outcome(400, ApiJson.error(problems.get(0).describe()));
    }
    Article article = articles.get(0);
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("id", article.id());
    if (store.contains(article)) {
      node.put("stored", false);
      node.put("reason", "already stored (same id or same text)");
      return new Outcome(200, ApiJson.write(node));
    }
    CodedArticle coded = coder().code(article);
    boolean stored = store.save(coded);
    node.put("stored", stored);
    node.put("events", stored ? coded.events().size() : 0);
    node.put("quotes", stored ? coded.quotes().size() : 0);
    return new Outcome(stored ? 201 : 200, ApiJson.write(node));
  }

  private synchronized ArticleCoder coder() {
    if (coder == null) {
      coder = coders.get();
    }
    return coder;
  }
}
