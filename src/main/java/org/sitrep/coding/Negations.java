package org.sitrep.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.dictionaries.PatternElement;
import org.sitrep.dictionaries.VerbDictionary;
import org.sitrep.dictionaries.VerbPattern;

/**
 * Negated verbs: "Arnor did not attack Gondor" is no attack, unless the pattern that matched spells
 * the negation out ("- NOT * AID [054]") and so codes what was said.
 */
final class Negations {
  private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "CANNOT");

  private final VerbDictionary verbs;

  Negations(VerbDictionary verbs) {
    this.verbs = verbs;
  }

  /** Whether a negation stands between the verb and the nearest actor before it. */
  static boolean isNegated(List<Token> upper) {
    for (Token token : upper) {
      if (token.kind() != Token.Kind.WORD) {
        return false;
      }
      if (NEGATIONS.contains(token.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pattern (null: none matched) names a negation, itself or in one of its synsets. */
  boolean spellsNegation(@Nullable VerbPattern pattern) {
    if (pattern == null) {
      return false;
    }
    for (PatternElement element : pattern.elements()) {
      if (element.kind() == PatternElement.Kind.WORD && NEGATIONS.contains(element.value())) {
        return true;
      }
      if (element.kind() == PatternElement.Kind.SYNSET) {
        for (List<PatternElement> member : verbs.synset(element.value()).orElseThrow().members()) {
          for (PatternElement word : member) {
            if (NEGATIONS.contains(word.value())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
