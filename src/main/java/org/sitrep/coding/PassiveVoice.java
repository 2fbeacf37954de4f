package org.sitrep.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a passive verb phrase ("was attacked by Gondor") from an active one, so that the coder
 * codes the participle and swaps source and target.
 */
final class PassiveVoice {
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("WAS", "IS", "BEEN", "WERE", "ARE", "BE", "BEING", "GET", "GOT", "GETS");

  private final List<Token> tokens;
  private final Map<Integer, Integer> closeOf;
  private final CoderConfig config;

  PassiveVoice(List<Token> tokens, Map<Integer, Integer> closeOf, CoderConfig config) {
    this.tokens = tokens;
    this.closeOf = closeOf;
    this.config = config;
  }

  /**
   * The participle of "was attacked by X" or "has been attacked by X", or -1 when the phrase is
   * active: the phrase's verb is a form of "be" whose verb-phrase complement is headed by a past
   * participle with "by" after it.
   */
  int participle(int vp, int end) {
    if (!PASSIVE_AUXILIARIES.contains(tokens.get(vp + 2).text())) {
      return -1;
    }
    for (int k = vp + 3; k < end; k++) {
      if (tokens.get(k).is(Token.Kind.OPEN, "VP")) {
        Token head = tokens.get(k + 1);
        int innerEnd = closeOf.getOrDefault(k, end);
        if (head.is(Token.Kind.OPEN, "VBN") && !tokens.get(k + 2).text().equals("BEEN")) {
          return hasAgentBy(k + 2, innerEnd) ? k + 1 : -1;
        }
        if (head.kind() == Token.Kind.OPEN
            && head.text().startsWith("VB")
            && PASSIVE_AUXILIARIES.contains(tokens.get(k + 2).text())) {
          return participle(k, innerEnd);
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * "by" followed by a noun phrase, the passive's agent; in news mode "by ensuring..." (a clause)
   * is no agent, so "is determined to support Ukraine by sending aid" stays active.
   */
  private boolean hasAgentBy(int from, int to) {
    if (!config.nestedVerbs()) {
      return hasWordBetween("BY", from, to);
    }
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD && tokens.get(i).text().equals("BY")) {
        for (int j = i + 1; j < to; j++) {
          Token next = tokens.get(j);
          if (next.kind() == Token.Kind.CLOSE) {
            continue;
          }
          if (next.kind() == Token.Kind.ENTITY_OPEN
              || next.kind() == Token.Kind.COMPOUND_OPEN
              || next.is(Token.Kind.OPEN, "NP")) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  private boolean hasWordBetween(String word, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD && tokens.get(i).text().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
