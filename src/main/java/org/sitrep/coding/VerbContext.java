package org.sitrep.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.dictionaries.VerbDictionary;
import org.sitrep.dictionaries.VerbForm;

/**
 * A verb of a sentence's tokens as its patterns see it: the dictionary entry it is a form of, and
 * the two sequences around it, the "upper" words before it and the "lower" ones after it, that
 * {@link PatternMatcher} matches patterns against.
 */
final class VerbContext {
  /** A dictionary entry found at a verb, and where the words before and after its form begin. */
  record Hit(VerbDictionary.Candidate candidate, int upperFrom, int lowerFrom) {}

  private final VerbDictionary verbs;
  private final List<Token> tokens;
  private final Map<Integer, Integer> closeOf;
  private final CoderConfig config;

  VerbContext(
      VerbDictionary verbs, List<Token> tokens, Map<Integer, Integer> closeOf, CoderConfig config) {
    this.verbs = verbs;
    this.tokens = tokens;
    this.closeOf = closeOf;
    this.config = config;
  }

  /** The dictionary entry of the verb at this word index, multi-word forms first. */
  Optional<Hit> lookUp(int verbWord) {
    String verb = tokens.get(verbWord).text();
    for (VerbDictionary.Candidate candidate : verbs.entriesFor(verb)) {
      VerbForm form = candidate.form();
      int after = followingWords(verbWord, form.trailing(), +1);
      List<String> leading = new ArrayList<>(form.leading());
      Collections.reverse(leading);
      int before = followingWords(verbWord, leading, -1);
      if (after >= 0 && before >= 0) {
        return Optional.of(new Hit(candidate, before - 1, after + 1));
      }
    }
    return Optional.empty();
  }

  /** Index of the last particle when the words follow in that direction, else -1. */
  private int followingWords(int from, List<String> words, int step) {
    int at = from;
    for (String word : words) {
      at += step;
      while (at >= 0 && at < tokens.size() && tokens.get(at).kind() != Token.Kind.WORD) {
        at += step;
      }
      if (at < 0 || at >= tokens.size() || !tokens.get(at).text().equals(word)) {
        return -1;
      }
    }
    return at;
  }

  /** Words and boundaries before the verb, nearest first, back to the previous comma. */
  List<Token> upperSequence(int from) {
    List<Token> out = new ArrayList<>();
    for (int i = from; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.is(Token.Kind.CLOSE, ",")) {
        break;
      }
      if (keep(token)) {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * Words and boundaries after the verb to the end of its phrase; in news mode without the relative
   * clauses inside it ("sent a message to Trump in which he showed readiness to hold talks"): they
   * are coded on their own, and their words must not complete this verb's patterns.
   */
  List<Token> lowerSequence(int from, int end) {
    List<Token> out = new ArrayList<>();
    for (int i = from; i < end; i++) {
      Token token = tokens.get(i);
      if (config.nestedVerbs() && isRelativeClause(i)) {
        i = Objects.requireNonNull(closeOf.get(i));
        continue;
      }
      if (keep(token)) {
        out.add(token);
      }
    }
    return out;
  }

  /** An SBAR opening with a WH-phrase ("in which", "who", "that" as WDT). */
  private boolean isRelativeClause(int i) {
    return tokens.get(i).is(Token.Kind.OPEN, "SBAR")
        && closeOf.containsKey(i)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).kind() == Token.Kind.OPEN
        && tokens.get(i + 1).text().startsWith("WH");
  }

  private static boolean keep(Token token) {
    return token.kind() != Token.Kind.OPEN && token.kind() != Token.Kind.CLOSE;
  }
}
