package org.sitrep.dictionaries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Word trie from phrases to values, answering "which phrase starting at this token is longest"
 * without scanning every phrase: the coder asks this for every token of every sentence.
 *
 * <p>Exact phrases end at a node reached by their last word. A stem phrase is stored in its
 * second-to-last node, keyed by its last word; at lookup the token's prefixes are tried against
 * those keys, bounded by the shortest and longest stem stored there so most nodes cost nothing.
 * When the same phrase is added twice the first value is kept, so earlier dictionaries take
 * precedence.
 */
final class PhraseTrie<T> {

  /** A match: the value, how many tokens it covers and whether its last word matched as a stem. */
  record Hit<T>(T value, int length, boolean stem) {}

  private static final class Node<T> {
    private @Nullable Map<String, Node<T>> children;
    private @Nullable T exact;
    private @Nullable Map<String, T> stems;
    private int shortestStem = Integer.MAX_VALUE;
    private int longestStem;

    @Nullable Node<T> child(String word) {
      return children == null ? null : children.get(word);
    }

    Node<T> childOrNew(String word) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(word, w -> new Node<>());
    }

    void addStem(String word, T value) {
      if (stems == null) {
        stems = new HashMap<>(4);
      }
      stems.putIfAbsent(word, value);
      shortestStem = Math.min(shortestStem, word.length());
      longestStem = Math.max(longestStem, word.length());
    }

    /** The value of the longest stored stem that the token starts with, or null. */
    @Nullable T stemFor(String token) {
      if (stems == null) {
        return null;
      }
      for (int length = Math.min(longestStem, token.length()); length >= shortestStem; length--) {
        T value = stems.get(token.substring(0, length));
        if (value != null) {
          return value;
        }
      }
      return null;
    }
  }

  private final Node<T> root = new Node<>();

  void add(Phrase phrase, T value) {
    List<String> words = phrase.words();
    Node<T> node = root;
    for (int i = 0; i < words.size() - 1; i++) {
      node = node.childOrNew(words.get(i));
    }
    String last = words.get(words.size() - 1);
    if (phrase.stemLast()) {
      node.addStem(last, value);
    } else {
      Node<T> end = node.childOrNew(last);
      if (end.exact == null) {
        end.exact = value;
      }
    }
  }

  /**
   * The longest phrase matching {@code tokens} from {@code start}; at equal length an exact match
   * beats a stem match, and a longer stem beats a shorter one.
   */
  Optional<Hit<T>> longestMatch(List<String> tokens, int start) {
    Hit<T> best = null;
    Node<T> node = root;
    for (int i = start; i < tokens.size() && node != null; i++) {
      String token = tokens.get(i);
      int length = i - start + 1;
      Node<T> next = node.child(token);
      if (next != null && next.exact != null) {
        best = new Hit<>(next.exact, length, false);
      } else {
        T stem = node.stemFor(token);
        if (stem != null) {
          best = new Hit<>(stem, length, true);
        }
      }
      node = next;
    }
    return Optional.ofNullable(best);
  }
}
