package org.sitrep.dictionaries;

import java.util.Objects;
import java.util.Optional;

/**
 * The event code a verb or pattern assigns, as written in brackets: {@code [064]}, the null code
 * {@code [---]} (recognised, not an event), or a pair {@code [032:033]} whose second code is the
 * reciprocal event from the target back to the source ("left for X" codes a visit and a receipt of
 * a visit).
 *
 * <pre>{@code CodePair.parse("032:033").reciprocal()  // Optional[033]}</pre>
 */
public record CodePair(String code, Optional<String> reciprocal) {
  public static final String NULL_CODE = "---";

  /** TABARI's discard code: the phrase is recognised and must not be coded. */
  public static final String DISCARD_CODE = "###";

  public CodePair {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reciprocal, "reciprocal");
  }

  /** Parses the text between the brackets; throws IllegalArgumentException on anything else. */
  public static CodePair parse(String text) {
    String trimmed = text.trim();
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      checkCode(trimmed, text);
      return new CodePair(trimmed, Optional.empty());
    }
    String first = trimmed.substring(0, colon).trim();
    String second = trimmed.substring(colon + 1).trim();
    checkCode(first, text);
    checkCode(second, text);
    return new CodePair(first, Optional.of(second));
  }

  private static void checkCode(String code, String whole) {
    if (code.isEmpty() || code.contains(" ") || code.contains("[") || code.contains("]")) {
      throw new IllegalArgumentException(
          "expected a code like [064] or [032:033], found [" + whole + "]");
    }
  }

  /** Whether the primary code is {@code ---} (or TABARI's {@code ###}): known, codes nothing. */
  public boolean isNull() {
    return code.equals(NULL_CODE) || code.equals(DISCARD_CODE);
  }

  @Override
  public String toString() {
    return reciprocal.map(r -> code + ":" + r).orElse(code);
  }
}
