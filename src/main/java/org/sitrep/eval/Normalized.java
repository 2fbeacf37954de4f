package org.sitrep.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the scorer compares it: typographic quotes, apostrophes, dashes and the ellipsis
 * character folded to ASCII, whitespace runs to one space, lower case. Gold files are typed by
 * people and articles come from many outlets, so "he’s" and "he's" must be the same word.
 */
final class Normalized {
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*\\.\\.\\.\\s*");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
  private static final String QUOTE_MARKS = "\"' ";

  private Normalized() {}

  static String text(String raw) {
    StringBuilder folded = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> folded.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' ->
            folded.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> folded.append('-');
        case '\u2026' -> folded.append("...");
        default -> folded.append(c);
      }
    }
    String spaced = ELLIPSIS.matcher(folded).replaceAll("... ");
    return SPACE.matcher(spaced).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** A quotation without the quotation marks that may or may not have been kept around it. */
  static String quotation(String raw) {
    String text = text(raw);
    int start = 0;
    int end = text.length();
    while (start < end && QUOTE_MARKS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Whether two sentences are the same evidence: one contains the other, once normalised. */
  static boolean sameEvidence(String gold, String ours) {
    String a = text(gold);
    String b = text(ours);
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }
}
