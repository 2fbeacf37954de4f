package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node of a Penn Treebank constituency tree: a phrase ({@code NP}, {@code VP}, ...) with
 * children, or a preterminal ({@code NNP}) holding one word. Nodes know their parent and the span
 * of token indexes they cover, which the coder uses to compare positions.
 *
 * <pre>{@code
 * ParseTree root = TreeReader.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
 * root.words()  // [Arnor, left]
 * }</pre>
 */
public final class ParseTree {
  private final String label;
  private final @Nullable String word;
  private final List<ParseTree> children;
  private @Nullable ParseTree parent;
  private int first;
  private int end;

  ParseTree(String label, @Nullable String word, List<ParseTree> children) {
    this.label = label;
    this.word = word;
    this.children = List.copyOf(children);
    for (ParseTree child : this.children) {
      child.parent = this;
    }
  }

  /** Numbers the leaves left to right; called once on the root by {@link TreeReader}. */
  int index(int next) {
    first = next;
    if (isWord()) {
      end = next + 1;
      return end;
    }
    int position = next;
    for (ParseTree child : children) {
      position = child.index(position);
    }
    end = position;
    return end;
  }

  /** The phrase or part-of-speech label, e.g. "NP" or "NNP" (function tags kept as read). */
  public String label() {
    return label;
  }

  /** Whether this is a preterminal holding a word. */
  public boolean isWord() {
    return word != null;
  }

  /** The word of a preterminal; empty for phrases. */
  public Optional<String> word() {
    return Optional.ofNullable(word);
  }

  public List<ParseTree> children() {
    return children;
  }

  public Optional<ParseTree> parent() {
    return Optional.ofNullable(parent);
  }

  /** Index of the first token this node covers. */
  public int first() {
    return first;
  }

  /** One past the index of the last token this node covers. */
  public int end() {
    return end;
  }

  /** The words under this node, in order. */
  public List<String> words() {
    List<String> out = new ArrayList<>();
    collectWords(out);
    return out;
  }

  private void collectWords(List<String> out) {
    if (word != null) {
      out.add(word);
    } else {
      for (ParseTree child : children) {
        child.collectWords(out);
      }
    }
  }

  /** The preterminals under this node, in order. */
  public List<ParseTree> leaves() {
    List<ParseTree> out = new ArrayList<>();
    collectLeaves(out);
    return out;
  }

  private void collectLeaves(List<ParseTree> out) {
    if (word != null) {
      out.add(this);
    } else {
      for (ParseTree child : children) {
        child.collectLeaves(out);
      }
    }
  }

  /** Whether {@code other} is this node or lies below it. */
  public boolean dominates(ParseTree other) {
    for (ParseTree node = other; node != null; node = node.parent) {
      if (node == this) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    if (word != null) {
      return "(" + label + " " + word + ")";
    }
    StringBuilder out = new StringBuilder("(").append(label);
    for (ParseTree child : children) {
      out.append(' ').append(child);
    }
    return out.append(')').toString();
  }
}
