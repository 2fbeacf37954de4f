package org.sitrep.coding;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.dictionaries.PatternElement;

/**
 * One pass of a pattern part (its words before or after the verb) over the matching sequence of the
 * sentence: where in the sequence it stands, and which entity and compound that is inside. The
 * rules of the reading are in the design note of {@link PatternMatcher}. A pass is used once.
 */
final class PatternPart {
  /** What one pattern element did at the current token. */
  private enum Step {
    MATCHED,
    MISSED,
    // the part cannot match at all: "^" found no end to the entity it skips
    FAILED
  }

  private final PatternMatcher matcher;
  private final List<Token> seq;
  private final boolean upper;
  private final PatternMatcher.Binding binding;
  private boolean inEntity = false;
  private @Nullable Entity current = null;
  private @Nullable Compound compound = null;
  private int s = 0;

  PatternPart(
      PatternMatcher matcher, List<Token> seq, boolean upper, PatternMatcher.Binding binding) {
    this.matcher = matcher;
    this.seq = seq;
    this.upper = upper;
    this.binding = binding;
  }

  /** Whether the elements match from the sequence's start; both lists must not be empty. */
  boolean matches(List<PatternElement> elements, List<Boolean> tight) {
    int p = 0;
    while (p < elements.size()) {
      Token token = seq.get(s);
      if (crossedBoundary(token)) {
        if (++s >= seq.size()) {
          return false;
        }
        continue;
      }
      Step step = step(elements.get(p), token);
      if (step == Step.FAILED) {
        return false;
      }
      if (step == Step.MATCHED) {
        p++;
        if (p >= elements.size()) {
          return true;
        }
        if (++s >= seq.size()) {
          return false;
        }
      } else if (!tight.get(p)) {
        if (++s >= seq.size()) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /** Enters or leaves the entity or compound the token opens or closes; false for a word. */
  private boolean crossedBoundary(Token token) {
    if (token.kind() == Token.Kind.ENTITY_OPEN || token.kind() == Token.Kind.ENTITY_CLOSE) {
      inEntity = !inEntity;
      current = inEntity ? token.entity() : null;
      return true;
    }
    if (token.kind() == Token.Kind.COMPOUND_OPEN || token.kind() == Token.Kind.COMPOUND_CLOSE) {
      compound = compound == null ? token.compound() : null;
      return true;
    }
    return false;
  }

  private Step step(PatternElement element, Token token) {
    return switch (element.kind()) {
      case SOURCE, TARGET, COMPOUND, SKIP -> inEntity ? place(element) : Step.MISSED;
      case SYNSET -> synset(element);
      case WORD ->
          token.kind() == Token.Kind.WORD && token.text().equals(element.value())
              ? Step.MATCHED
              : Step.MISSED;
      default -> throw new IllegalStateException("verb inside a pattern part: " + element);
    };
  }

  /** A synset member matches from here: the pass moves to its last word. */
  private Step synset(PatternElement element) {
    int last = matcher.synsetEnd(element.value(), seq, s, upper);
    if (last < 0) {
      return Step.MISSED;
    }
    s = last;
    return Step.MATCHED;
  }

  /** "$", "+" and "%" bind the entity (or compound) the pass is in; "^" skips the rest of it. */
  private Step place(PatternElement element) {
    Object place =
        compound != null && element.kind() != PatternElement.Kind.SKIP ? compound : current;
    if (element.kind() == PatternElement.Kind.SOURCE) {
      binding.source = current;
    } else if (element.kind() == PatternElement.Kind.TARGET) {
      binding.target = current;
    } else if (element.kind() == PatternElement.Kind.COMPOUND) {
      if (compound == null) {
        return Step.MISSED;
      }
      // before the verb a compound acts on itself ("Arnor and Gondor have met"); after it,
      // the compound is the target ("agrees with Arnor and Gondor")
      if (upper) {
        binding.source = place;
      }
      binding.target = place;
    } else {
      return skipEntity();
    }
    return Step.MATCHED;
  }

  private Step skipEntity() {
    int end = s;
    while (end < seq.size()
        && seq.get(end).kind() != (upper ? Token.Kind.ENTITY_OPEN : Token.Kind.ENTITY_CLOSE)) {
      end++;
    }
    if (end >= seq.size()) {
      return Step.FAILED;
    }
    s = end;
    inEntity = false;
    current = null;
    return Step.MATCHED;
  }
}
