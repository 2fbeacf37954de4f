package org.sitrep.dictionaries;

import java.util.List;
import java.util.Objects;

/**
 * A pattern of a verb block, e.g. {@code - * DIPLOMATIC TIES WITH + [064]}: the tokens around the
 * verb in sentence order (exactly one is {@link PatternElement.Kind#VERB}) and the code it assigns.
 *
 * <pre>{@code pattern.before()  // tokens left of the verb, left to right}</pre>
 */
public record VerbPattern(List<PatternElement> elements, CodePair code, String source, int line) {

  public VerbPattern {
    elements = List.copyOf(elements);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    long verbs = elements.stream().filter(e -> e.kind() == PatternElement.Kind.VERB).count();
    if (verbs != 1) {
      throw new IllegalArgumentException("a pattern needs exactly one '*', found " + verbs);
    }
  }

  private int verbIndex() {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).kind() == PatternElement.Kind.VERB) {
        return i;
      }
    }
    throw new IllegalStateException("checked in constructor");
  }

  /** The tokens left of the verb, in sentence order. */
  public List<PatternElement> before() {
    return elements.subList(0, verbIndex());
  }

  /** The tokens right of the verb, in sentence order. */
  public List<PatternElement> after() {
    return elements.subList(verbIndex() + 1, elements.size());
  }

  /** Whether the verb token was joined to the token on its left. */
  public boolean verbJoinedLeft() {
    return elements.get(verbIndex()).joinedLeft();
  }

  /** How many tokens other than the verb the pattern holds: more is more specific. */
  public int specificity() {
    return elements.size() - 1;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("-");
    for (PatternElement element : elements) {
      out.append(element);
    }
    return out.append(" [").append(code).append(']').toString();
  }
}
