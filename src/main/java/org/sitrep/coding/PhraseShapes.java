package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the {@link Linearizer} asks of a parse-tree phrase before it turns it into tokens: whether
 * it is a noun phrase, a compound or a relative clause, what it contains, and its words in upper
 * case as the dictionaries spell them.
 */
final class PhraseShapes {
  private PhraseShapes() {}

  static boolean isCompound(ParseTree phrase) {
    if (!isNounPhrase(phrase) || containsClause(phrase)) {
      return false;
    }
    if (count(phrase, "CC") > 1) {
      return false;
    }
    return countNominal(phrase) >= 3;
  }

  static boolean containsClause(ParseTree node) {
    for (ParseTree child : node.children()) {
      if (!child.isWord()) {
        String label = child.label();
        if (label.startsWith("VP") || label.startsWith("S")) {
          return true;
        }
        if (containsClause(child)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int count(ParseTree node, String label) {
    int n = node.label().equals(label) ? 1 : 0;
    for (ParseTree child : node.children()) {
      n += count(child, label);
    }
    return n;
  }

  private static int countNominal(ParseTree node) {
    int n = node.label().startsWith("N") ? 1 : 0;
    for (ParseTree child : node.children()) {
      n += countNominal(child);
    }
    return n;
  }

  /**
   * A relative clause ("which target Moscow", "that he won") rather than a clause a parser hung
   * under a noun phrase: it opens with a WH-phrase or a complementiser, or has no clause marker at
   * all ("the deal Kyiv signed").
   */
  static boolean isRelative(ParseTree sbar) {
    if (sbar.children().isEmpty()) {
      return true;
    }
    ParseTree first = sbar.children().get(0);
    if (first.label().startsWith("WH")) {
      return true;
    }
    if (first.isWord() && first.label().equals("IN")) {
      return first.word().map(w -> w.equalsIgnoreCase("that")).orElse(false);
    }
    return !first.label().equals("S") || sbar.children().size() > 1;
  }

  static boolean isNounPhrase(ParseTree node) {
    // function-tagged phrases such as NP-TMP ("on Saturday") are not actors
    return !node.isWord() && node.label().equals("NP");
  }

  static List<String> flatWords(ParseTree np) {
    return contains(np, "POS") ? wordsWithoutFirstPossessive(np) : words(np);
  }

  static List<String> words(ParseTree node) {
    List<String> words = new ArrayList<>();
    for (ParseTree leaf : node.leaves()) {
      words.add(upper(leaf));
    }
    return words;
  }

  static List<String> wordsWithoutFirstPossessive(ParseTree node) {
    List<String> words = new ArrayList<>();
    boolean dropped = false;
    for (ParseTree leaf : node.leaves()) {
      if (!dropped && leaf.label().equals("POS")) {
        dropped = true;
      } else {
        words.add(upper(leaf));
      }
    }
    return words;
  }

  static String upper(ParseTree leaf) {
    return leaf.word().orElse("").toUpperCase(Locale.ROOT);
  }

  static boolean contains(ParseTree node, String label) {
    for (ParseTree child : node.children()) {
      if (child.label().equals(label)
          || child.label().startsWith(label + "-")
          || contains(child, label)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsInnerNoun(ParseTree node) {
    for (ParseTree child : node.children()) {
      if (isNounPhrase(child) || containsInnerNoun(child)) {
        return true;
      }
    }
    return false;
  }

  static ParseTree firstWithLabel(ParseTree node, String label) {
    for (ParseTree n : preorder(node)) {
      if (n != node
          && !n.isWord()
          && (n.label().equals(label) || n.label().startsWith(label + "-"))) {
        return n;
      }
    }
    throw new IllegalStateException("no " + label + " under " + node);
  }

  static List<ParseTree> preorder(ParseTree node) {
    List<ParseTree> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(ParseTree node, List<ParseTree> out) {
    out.add(node);
    for (ParseTree child : node.children()) {
      collect(child, out);
    }
  }
}
