package org.sitrep.coding;

import java.util.List;
import java.util.Set;

/**
 * Which clause each word of a parsed sentence belongs to, so that a time expression dates only
 * events of its own clause or of the clauses inside it: in "Biden is determined to support Ukraine
 * before Trump takes office in January", January belongs to Trump's clause.
 */
public final class ClauseScope {
  private static final Set<String> CLAUSES = Set.of("S", "SBAR", "SINV", "SQ", "SBARQ");

  private final ParseTree[] clauseOf;
  private final ParseTree[] leafOf;

  private ClauseScope(ParseTree[] clauseOf, ParseTree[] leafOf) {
    this.clauseOf = clauseOf;
    this.leafOf = leafOf;
  }

  public static ClauseScope of(ParseTree tree, LeafSubstitution substitution, int words) {
    ParseTree[] clauseOf = new ParseTree[words];
    ParseTree[] leafOf = new ParseTree[words];
    List<ParseTree> leaves = tree.leaves();
    for (int j = 0; j < leaves.size(); j++) {
      int word = substitution.original(j);
      if (word < 0 || word >= words || leafOf[word] != null) {
        continue;
      }
      leafOf[word] = leaves.get(j);
      ParseTree node = leaves.get(j).parent().orElse(null);
      while (node != null && !CLAUSES.contains(node.label())) {
        node = node.parent().orElse(null);
      }
      clauseOf[word] = node;
    }
    return new ClauseScope(clauseOf, leafOf);
  }

  /** Whether word {@code word} lies in the clause of word {@code anchor} or one around it. */
  public boolean sameOrOuterClause(int word, int anchor) {
    if (word < 0 || word >= clauseOf.length || anchor < 0 || anchor >= leafOf.length) {
      return true;
    }
    ParseTree clause = clauseOf[word];
    ParseTree leaf = leafOf[anchor];
    return clause == null || leaf == null || clause.dominates(leaf);
  }

  /**
   * Whether word {@code word} lies in the innermost clause of word {@code anchor} itself, not in
   * one inside it nor around it; true when either word has no clause (an unparsed fragment).
   */
  public boolean sameClause(int word, int anchor) {
    if (word < 0 || word >= clauseOf.length || anchor < 0 || anchor >= clauseOf.length) {
      return true;
    }
    ParseTree clause = clauseOf[word];
    ParseTree own = clauseOf[anchor];
    return clause == null || own == null || clause == own;
  }
}
