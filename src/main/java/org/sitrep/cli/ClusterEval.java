package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.eval.ClusterGoldReader;
import org.sitrep.eval.ClusterScorer;
import org.sitrep.eval.ClusterScores;
import org.sitrep.eval.GoldCluster;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * {@code sitrep eval --clusters DIR FILE...}: codes the articles, stores them in a temporary store
 * (oldest first, as they would have arrived) so their reports merge as in {@code ingest}, and
 * scores the grouping against the clustering gold files.
 */
final class ClusterEval {
  private ClusterEval() {}

  static int run(Path goldDir, ArticleInput input) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new UserError(goldDir + ": no such folder of clustering gold files");
    }
    List<GoldCluster> gold = ClusterGoldReader.readAll(goldDir);
    ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    ArticleBatch batch = new ArticleBatch(coder, input.threads, System.err);
    List<CodedArticle> coded = new ArrayList<>();
    batch.run(input.files, input.defaultDate(), 1, coded::add);
    coded.sort(
        Comparator.comparing((CodedArticle c) -> c.article().published().orElseThrow())
            .thenComparing(c -> c.article().id()));
    Path folder = Files.createTempDirectory("sitrep-clusters");
    Path file = folder.resolve("clusters.db");
    List<ClusterScorer.Reported> reported = new ArrayList<>();
    try (Store store = Store.open(file.toString())) {
      coded.forEach(store::save);
      for (CodedArticle article : coded) {
        for (StoredEvent told : store.article(article.article().id()).orElseThrow().events()) {
          reported.add(
              new ClusterScorer.Reported(told.id(), told.coverage().isContested(), told.event()));
        }
      }
    } finally {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(folder.resolve("clusters.db" + suffix));
      }
      Files.deleteIfExists(folder);
    }
    ClusterScores scores = ClusterScorer.score(gold, reported);
    System.out.print(scores.format());
    System.out.flush();
    return batch.problems() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }
}
