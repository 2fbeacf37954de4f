package org.sitrep.dictionaries;

import java.util.Objects;

/**
 * One token of a verb pattern such as {@code - SAID * TO_ATTEND + [082]}.
 *
 * <pre>{@code new PatternElement(PatternElement.Kind.WORD, "ATTEND", false, true)}</pre>
 *
 * @param kind what the token stands for
 * @param value the word or synset name; empty for markers
 * @param exact the word must match whole (written with a trailing underscore); otherwise it is a
 *     stem that matches any word it begins
 * @param joinedLeft the token was joined to the one on its left by {@code _}: nothing may come
 *     between them in the sentence
 */
public record PatternElement(Kind kind, String value, boolean exact, boolean joinedLeft) {

  /** What a pattern token stands for. */
  public enum Kind {
    /** {@code *}: the verb itself. */
    VERB,
    /** A literal word. */
    WORD,
    /** {@code &NAME}: any member of a synonym set. */
    SYNSET,
    /** {@code $}: the source actor. */
    SOURCE,
    /** {@code +}: the target actor. */
    TARGET,
    /** {@code %}: a compound actor that is both source and target. */
    COMPOUND,
    /** {@code ^}: skip one noun phrase. */
    SKIP
  }

  public PatternElement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    String text =
        switch (kind) {
          case VERB -> "*";
          case WORD -> value + (exact ? "_" : "");
          case SYNSET -> "&" + value;
          case SOURCE -> "$";
          case TARGET -> "+";
          case COMPOUND -> "%";
          case SKIP -> "^";
        };
    return (joinedLeft ? "_" : " ") + text;
  }
}
