package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.eval.ArticleScore;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.Scorer;
import org.sitrep.pipeline.ArticleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval --gold DIR FILE...}: codes articles and scores them against gold files. */
@Command(
    name = "eval",
    description = {
      "Codes the articles and scores each against its gold file DIR/<article id>.json (schema of"
          + " shared/examples/seed.json): precision, recall and F1 on (source country, target"
          + " country, CAMEO root) and on exact (source, target, code), the share of matched events"
          + " with the gold date, and the share of gold quotes given the right speaker; each"
          + " missed gold event is put in one bucket (sentence not found, sentence not parsed,"
          + " source not found, target not found, no predicate coded, other direction, other"
          + " root, other), counted per article and over all."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Folder of gold files named <article id>.json.")
  @Nullable Path gold;

  @Option(
      names = "--clusters",
      paramLabel = "DIR",
      description =
          "Instead of --gold: a folder of clustering gold files (samples/clusters/README.md). The"
              + " articles are stored in a new, temporary store, merging their reports as ingest"
              + " does; prints pairwise precision, recall and F1 of the grouping, the share of gold"
              + " reports coded, and the share of contested gold events flagged.")
  @Nullable Path clusters;

  @Mixin ArticleInput input;

  @Override
  public Integer call() throws Exception {
    ArticleBatch.requireExisting(input.files);
    if ((gold == null) == (clusters == null)) {
      throw new UserError(
          "give either --gold DIR (events and quotes) or --clusters DIR (grouping)");
    }
    if (clusters != null) {
      return ClusterEval.run(clusters, input);
    }
    return scoreEvents(java.util.Objects.requireNonNull(gold));
  }

  private int scoreEvents(Path gold) throws Exception {
    if (!Files.isDirectory(gold)) {
      throw new UserError(gold + ": no such folder of gold files");
    }
    ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
    ArticleBatch batch = new ArticleBatch(coder, input.threads, System.err);
    List<ArticleScore> scores = new ArrayList<>();
    int[] missing = new int[1];
    batch.run(
        input.files,
        input.defaultDate(),
        1,
        coded -> {
          String id = coded.article().id();
          Optional<GoldArticle> expected;
          try {
            expected = GoldReader.find(gold, id);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          if (expected.isEmpty()) {
            missing[0]++;
            System.err.println(
                "sitrep: "
                    + coded.article().origin()
                    + ": no gold file "
                    + gold.resolve(id + ".json")
                    + "; article not scored");
            return;
          }
          scores.add(Scorer.score(expected.get(), coded));
        });
    System.out.print(new EvalReport(scores).format());
    System.out.flush();
    return batch.problems() > 0 || missing[0] > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
  }
}
