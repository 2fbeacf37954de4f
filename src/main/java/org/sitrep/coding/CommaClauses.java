package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drops short comma-delimited clauses before coding, as PETRARCH's {@code comma_*} options
 * describe: an aside between two commas ("Arnor, which had long been hostile, ..."), an
 * introductory clause before the first comma, or a trailing clause after the last one, when its
 * length in words lies within the configured bounds. A bound of 0 as maximum turns that kind of
 * removal off. Only complete phrases inside the span are removed, so the list stays balanced.
 */
final class CommaClauses {
  private static final int START = 1; // after the root's opening

  private CommaClauses() {}

  static List<Token> remove(List<Token> tokens, CoderConfig config) {
    List<Token> list = new ArrayList<>(tokens);
    if (commas(list).isEmpty()) {
      return list;
    }
    if (config.commaBmax() != 0) {
      list = removeIntroductory(list, config);
    }
    if (config.commaEmax() != 0 && !commas(list).isEmpty()) {
      list = removeTrailing(list, config);
    }
    if (config.commaMax() != 0) {
      list = removeAsides(list, config);
    }
    removeStrayCommas(list);
    return list;
  }

  /** The clause before the first comma. */
  private static List<Token> removeIntroductory(List<Token> list, CoderConfig config) {
    List<Integer> commas = commas(list);
    int first = commas.get(0);
    int n = countWords(list, START, first);
    if (n >= config.commaBmin() && n <= config.commaBmax()) {
      return deletePhrases(list, START, first);
    }
    return list;
  }

  /** The clause after the last comma, up to the final punctuation. */
  private static List<Token> removeTrailing(List<Token> list, CoderConfig config) {
    int end = endOfSentence(list);
    int last = lastCommaBefore(list, end);
    if (last >= 0) {
      int n = countWords(list, last, list.size());
      if (n >= config.commaEmin() && n <= config.commaEmax()) {
        return deletePhrases(list, last + 3, end);
      }
    }
    return list;
  }

  /** Each clause between two commas, with its opening comma. */
  private static List<Token> removeAsides(List<Token> list, CoderConfig config) {
    int index = 0;
    while (true) {
      List<Integer> commas = commas(list);
      if (index + 1 >= commas.size()) {
        return list;
      }
      int a = commas.get(index);
      int b = commas.get(index + 1);
      int n = countWords(list, a + 3, b);
      if (n >= config.commaMin() && n <= config.commaMax()) {
        list = deletePhrases(list, a, b);
        // the clause and its opening comma are gone; the next comma now holds this index
      } else {
        index++;
      }
    }
  }

  /** A comma left with no words before it, or none after it, goes too. */
  private static void removeStrayCommas(List<Token> list) {
    List<Integer> commas = commas(list);
    if (!commas.isEmpty() && countWords(list, START, commas.get(0)) == 0) {
      int c = commas.get(0);
      list.subList(c, c + 3).clear();
    }
    if (!commas(list).isEmpty()) {
      int end = endOfSentence(list);
      int last = lastCommaBefore(list, end);
      if (last >= 0 && countWords(list, last + 3, end) == 0) {
        list.subList(last, last + 3).clear();
      }
    }
  }

  private static List<Integer> commas(List<Token> list) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + 2 < list.size(); i++) {
      if (list.get(i).is(Token.Kind.OPEN, ",")) {
        out.add(i);
      }
    }
    return out;
  }

  /** Index of the final punctuation's opening, or the first of the trailing closings. */
  private static int endOfSentence(List<Token> list) {
    int end = list.size();
    while (end > 0 && list.get(end - 1).isClosing()) {
      end--;
    }
    // "(. .) ~." leaves end just after the final word; step back over the period itself
    if (end >= 1
        && list.get(end - 1).kind() == Token.Kind.WORD
        && end >= 2
        && list.get(end - 2).is(Token.Kind.OPEN, ".")) {
      return end - 2;
    }
    return end;
  }

  private static int lastCommaBefore(List<Token> list, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (list.get(i).is(Token.Kind.OPEN, ",")) {
        return i;
      }
    }
    return -1;
  }

  /** Words that begin with a letter, between two indexes. */
  static int countWords(List<Token> list, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, list.size()); i++) {
      Token token = list.get(i);
      if (token.kind() == Token.Kind.WORD
          && !token.text().isEmpty()
          && Character.isLetter(token.text().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  /** Removes every complete phrase lying wholly inside [from, to). */
  private static List<Token> deletePhrases(List<Token> list, int from, int to) {
    Map<Integer, Integer> closeOf = Token.closings(list);
    List<Token> out = new ArrayList<>(list.subList(0, Math.max(0, from)));
    int i = Math.max(0, from);
    while (i < to && i < list.size()) {
      Token token = list.get(i);
      Integer close = token.isOpening() ? closeOf.get(i) : null;
      if (close != null && close < to) {
        i = close + 1;
      } else {
        out.add(token);
        i++;
      }
    }
    out.addAll(list.subList(Math.min(i, list.size()), list.size()));
    return out;
  }
}
