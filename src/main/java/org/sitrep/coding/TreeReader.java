package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Penn Treebank bracketing such as CoreNLP prints or PETRARCH's suite holds.
 *
 * <pre>{@code TreeReader.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))")}</pre>
 *
 * <p>A phrase is {@code (LABEL child...)}; a preterminal is {@code (TAG word)}. Anything else
 * (unbalanced brackets, a word outside a preterminal, trailing text) is a {@link
 * TreeSyntaxException} with its line and column.
 */
public final class TreeReader {
  private final String text;
  private int position;

  private TreeReader(String text) {
    this.text = text;
  }

  public static ParseTree read(String text) {
    TreeReader reader = new TreeReader(text);
    reader.skipSpace();
    if (reader.atEnd()) {
      throw reader.error("empty tree");
    }
    ParseTree root = reader.node();
    reader.skipSpace();
    if (!reader.atEnd()) {
      throw reader.error("text after the tree's closing bracket");
    }
    root.index(0);
    return root;
  }

  private ParseTree node() {
    expect('(');
    skipSpace();
    String label = atom();
    if (label.isEmpty()) {
      // "( (S ...) )": an unlabelled root as some treebanks print it
      label = "ROOT";
    }
    skipSpace();
    if (peek() != '(') {
      String word = atom();
      if (word.isEmpty()) {
        throw error("expected a word or '(' after label " + label);
      }
      skipSpace();
      expect(')');
      return new ParseTree(label, word, List.of());
    }
    List<ParseTree> children = new ArrayList<>();
    while (peek() == '(') {
      children.add(node());
      skipSpace();
    }
    if (peek() != ')') {
      throw error("expected ')' or '(' inside " + label + ", found " + describe(peek()));
    }
    expect(')');
    return new ParseTree(label, null, children);
  }

  private String atom() {
    int start = position;
    while (!atEnd()) {
      char c = text.charAt(position);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        break;
      }
      position++;
    }
    return text.substring(start, position);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "', found " + describe(peek()));
    }
    position++;
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(position);
  }

  private boolean atEnd() {
    return position >= text.length();
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private static String describe(char c) {
    return c == '\0' ? "end of text" : "'" + c + "'";
  }

  private TreeSyntaxException error(String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TreeSyntaxException(line, position - lineStart + 1, message);
  }
}
