package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one function that decides when two place names match: lower case, diacritics removed, every
 * run of non-letters and non-digits turned into one space, a leading "the" dropped.
 *
 * <pre>{@code PlaceNames.normalize("the Black  Sea") == "black sea"; normalize("Kyïv") == "kyiv"}
 * </pre>
 */
public final class PlaceNames {
  private PlaceNames() {}

  /**
   * The lookup key of {@code name}; empty if it has no letters or digits. ASCII names (nearly every
   * query) take a loop without {@link Normalizer}, which is what keeps lookups above a million a
   * second.
   */
  public static String normalize(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return collapse(stripMarks(name));
      }
    }
    return collapse(name);
  }

  private static String stripMarks(String name) {
    String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String collapse(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else {
        space = true;
      }
    }
    if (out.length() > 4
        && out.charAt(0) == 't'
        && out.charAt(1) == 'h'
        && out.charAt(2) == 'e'
        && out.charAt(3) == ' ') {
      out.delete(0, 4);
    }
    return out.toString();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
