package org.sitrep.annotate;

import java.util.Objects;

/**
 * One typed dependency of a sentence: word {@code dependent} hangs off word {@code governor} by
 * {@code relation} (Universal Dependencies, enhanced++: "nsubj", "obj", "obl:on", "nmod:poss",
 * "conj:and"). Indexes are the sentence's word indexes from 0; the root's governor is -1.
 *
 * <pre>{@code new Dependency(1, "nsubj", 0)  // "Russia launched": launched -> Russia}</pre>
 */
public record Dependency(int governor, String relation, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its enhanced suffix: "obl" for "obl:on". */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The relation's suffix ("on" for "obl:on", "poss" for "nmod:poss"), or "". */
  public String suffix() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
