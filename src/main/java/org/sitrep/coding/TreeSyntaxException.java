package org.sitrep.coding;

/** A parse tree string that is not a well-formed Penn Treebank bracketing, with the position. */
public final class TreeSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public TreeSyntaxException(int line, int column, String message) {
    super("line " + line + ", column " + column + " of the tree: " + message);
    this.line = line;
    this.column = column;
  }

  /** Line within the tree text, from 1. */
  public int line() {
    return line;
  }

  /** Column within that line, from 1. */
  public int column() {
    return column;
  }
}
