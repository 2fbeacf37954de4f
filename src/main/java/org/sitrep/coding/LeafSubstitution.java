package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces words of a bracketed tree by other words, keeping track of where each new word came
 * from: a resolved pronoun "(PRP he)" becomes "(NNP Volodymyr) (NNP Zelenskyy)" so the coder sees
 * the actor, and {@link #original(int)} maps the coder's word indexes back to the sentence's.
 *
 * <pre>
 * {@code LeafSubstitution.apply("(ROOT (S (NP (PRP He)) (VP ...)))", Map.of(0, List.of("Putin")))}
 * </pre>
 */
public final class LeafSubstitution {
  /** A replacement word that is written as a possessive marker, (POS 's). */
  public static final String POSSESSIVE = "'s";

  private static final Pattern PRETERMINAL = Pattern.compile("\\(([^\\s()]+) ([^\\s()]+)\\)");

  private final String tree;
  private final int[] original;

  private LeafSubstitution(String tree, int[] original) {
    this.tree = tree;
    this.original = original;
  }

  public static LeafSubstitution apply(String tree, Map<Integer, List<String>> replacements) {
    Matcher m = PRETERMINAL.matcher(tree);
    StringBuilder out = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    int leaf = 0;
    while (m.find()) {
      List<String> words = replacements.get(leaf);
      if (words == null || words.isEmpty()) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        map.add(leaf);
      } else {
        StringBuilder b = new StringBuilder();
        for (String word : words) {
          if (b.length() > 0) {
            b.append(' ');
          }
          String tag = word.equals(POSSESSIVE) ? "POS" : "NNP";
          b.append('(').append(tag).append(' ').append(word.replaceAll("[\\s()]", "_")).append(')');
          map.add(leaf);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(b.toString()));
      }
      leaf++;
    }
    m.appendTail(out);
    return new LeafSubstitution(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
  }

  public String tree() {
    return tree;
  }

  /** The sentence word the coder's word {@code index} stands for; -1 stays -1. */
  public int original(int index) {
    return index < 0 || index >= original.length ? -1 : original[index];
  }
}
