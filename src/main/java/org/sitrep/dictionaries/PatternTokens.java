package org.sitrep.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits the text of a verb pattern or synset member into {@link PatternElement}s, and keeps the
 * synsets they name so the reader can check, once the whole file is read, that each is defined (a
 * pattern may name a synset defined further down).
 */
final class PatternTokens {
  private final String source;
  private final Set<String> synsetReferences = new LinkedHashSet<>();
  private final Map<String, Integer> firstReferenceLine = new LinkedHashMap<>();

  PatternTokens(String source) {
    this.source = source;
  }

  /**
   * Splits pattern or member text into tokens. Whitespace separates loosely; '_' joins the next
   * token to this one, or, before whitespace or the end, marks the word as exact.
   */
  List<PatternElement> split(String text, boolean allowMarkers, int line) {
    List<PatternElement> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean joined = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        joined = false;
        i++;
        continue;
      }
      if (c == '_') {
        joined = !out.isEmpty();
        i++;
        continue;
      }
      i = element(text, i, allowMarkers, line, joined, out);
      joined = false;
    }
    if (out.isEmpty()) {
      throw error(line, "expected words, found nothing");
    }
    return out;
  }

  /** Reads the marker, word or synset name at {@code i} into {@code out}; returns where it ends. */
  private int element(
      String text,
      int i,
      boolean allowMarkers,
      int line,
      boolean joined,
      List<PatternElement> out) {
    char c = text.charAt(i);
    int start = i;
    PatternElement.Kind kind;
    String value = "";
    if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
      if (!allowMarkers) {
        throw error(
            line, "marker '" + c + "' is not allowed in a synset member: '" + text.strip() + "'");
      }
      kind = marker(c);
      i++;
    } else {
      if (c == '&') {
        start = i + 1;
        i++;
      }
      i = wordEnd(text, i, line);
      value = text.substring(start, i);
      kind = c == '&' ? PatternElement.Kind.SYNSET : PatternElement.Kind.WORD;
      if (value.isEmpty()) {
        throw error(line, "'&' must name a synset in '" + text.strip() + "'");
      }
    }
    boolean exact = kind == PatternElement.Kind.WORD && marksExact(text, i);
    if (exact) {
      i++;
    }
    if (kind == PatternElement.Kind.SYNSET) {
      synsetReferences.add(value);
      firstReferenceLine.putIfAbsent(value, line);
    }
    out.add(new PatternElement(kind, value, exact, joined));
    return i;
  }

  /** Throws for the first synset named but not among {@code synsets}, at the line that named it. */
  void checkDefined(Map<String, Synset> synsets) {
    for (String reference : synsetReferences) {
      if (!synsets.containsKey(reference)) {
        throw new DictionaryException(
            source,
            Objects.requireNonNull(firstReferenceLine.get(reference)),
            "synset &" + reference + " is never defined");
      }
    }
  }

  /** Where the word starting at {@code from} ends: at whitespace, '_' or the end of the text. */
  private int wordEnd(String text, int from, int line) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '_') {
      char d = text.charAt(i);
      if (d == '*' || d == '$' || d == '%' || d == '^' || d == '&') {
        throw error(line, "expected a separator before '" + d + "' in '" + text.strip() + "'");
      }
      i++;
    }
    return i;
  }

  /** A '_' right after a word and before whitespace or the end makes the word exact. */
  private static boolean marksExact(String text, int i) {
    int n = text.length();
    return i < n
        && text.charAt(i) == '_'
        && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static PatternElement.Kind marker(char c) {
    return switch (c) {
      case '*' -> PatternElement.Kind.VERB;
      case '$' -> PatternElement.Kind.SOURCE;
      case '+' -> PatternElement.Kind.TARGET;
      case '%' -> PatternElement.Kind.COMPOUND;
      default -> PatternElement.Kind.SKIP;
    };
  }

  private DictionaryException error(int line, String message) {
    return new DictionaryException(source, line, message);
  }
}
