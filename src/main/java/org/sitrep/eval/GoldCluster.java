package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event of a clustering gold file, with every sentence of every article that reports
 * it, and whether those reports disagree (see samples/clusters/README.md).
 *
 * <pre>{@code cluster.mentions().get(0).article()  // "a01b"}</pre>
 */
public record GoldCluster(
    String id,
    String source,
    String target,
    String root,
    boolean contested,
    List<String> contestedOn,
    String neighbourOf,
    List<GoldReport> mentions) {

  public GoldCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(neighbourOf, "neighbourOf");
    contestedOn = List.copyOf(contestedOn);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no mentions");
    }
  }

  /**
   * One sentence of one article that reports the event; its actors when they differ from the
   * event's (the other side's account of who did it).
   */
  public record GoldReport(String article, String evidence, String source, String target) {
    public GoldReport {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }
  }
}
