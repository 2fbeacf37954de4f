package org.sitrep.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.coding.SentenceCoder.CodedEvent;
import org.sitrep.dictionaries.CodePair;
import org.sitrep.dictionaries.VerbDictionary;
import org.sitrep.dictionaries.VerbPattern;

/**
 * The walk over one sentence's tokens: codes each verb phrase in sentence order and steps over the
 * verbs nested in one that gave a dyad (the design note of {@link SentenceCoder} tells the steps).
 * A walk is used once.
 */
final class VerbWalk {
  /**
   * What a verb phrase is coded with: the first pattern that matched, or none and the verb's own
   * code.
   */
  private record Match(
      CodePair code, @Nullable VerbPattern pattern, PatternMatcher.Binding binding) {}

  private final PatternMatcher matcher;
  private final List<Token> tokens;
  private final CoderConfig config;
  private final Map<Integer, Integer> closeOf;
  private final VerbContext context;
  private final PassiveVoice passives;
  private final Negations negations;
  private final ActorChoice actors;
  private final EventPairs events;

  VerbWalk(VerbDictionary verbs, PatternMatcher matcher, List<Token> tokens, CoderConfig config) {
    this.matcher = matcher;
    this.tokens = tokens;
    this.config = config;
    this.closeOf = Token.closings(tokens);
    this.context = new VerbContext(verbs, tokens, closeOf, config);
    this.passives = new PassiveVoice(tokens, closeOf, config);
    this.negations = new Negations(verbs);
    this.actors = new ActorChoice(config);
    this.events = new EventPairs(config);
  }

  List<CodedEvent> run() {
    int i = 0;
    while (i < tokens.size()) {
      long before = events.dyads();
      if (isVerbPhrase(i)
          && codeVerbPhrase(i)
          && (!config.nestedVerbs() || events.dyads() > before)) {
        i = closeOf.getOrDefault(i, i) + 1;
      } else {
        i++;
      }
    }
    return events.all();
  }

  /**
   * Whether a pattern bound its target to a phrase that names no actor while the verb's first
   * object does name one: "attacked Ukraine with 120 drones" is no "clash with" the drones. News
   * mode lets the next pattern, or the verb's own code, have it.
   */
  private boolean passesOverCodedObject(PatternMatcher.Binding trial, List<Token> lower) {
    if (!(trial.target instanceof Entity bound) || bound.isCoded()) {
      return false;
    }
    for (Token token : lower) {
      if (token.kind() == Token.Kind.ENTITY_OPEN) {
        return token.entity() != bound && token.entity().isCoded();
      }
    }
    return false;
  }

  private boolean isVerbPhrase(int i) {
    Token token = tokens.get(i);
    return token.is(Token.Kind.OPEN, "VP")
        && i + 2 < tokens.size()
        && tokens.get(i + 1).kind() == Token.Kind.OPEN
        && tokens.get(i + 1).text().startsWith("VB")
        && closeOf.containsKey(i);
  }

  /** Codes the verb phrase opening at {@code vp}; true if its verb had a code. */
  private boolean codeVerbPhrase(int vp) {
    int end = Objects.requireNonNull(closeOf.get(vp));
    int verbWord = vp + 2;
    int participle = passives.participle(vp, end);
    boolean passive = participle >= 0;
    if (passive) {
      verbWord = participle + 1;
    }
    Optional<VerbContext.Hit> hit = context.lookUp(verbWord);
    if (hit.isEmpty()) {
      return false;
    }
    List<Token> upper = context.upperSequence(hit.get().upperFrom());
    List<Token> lower = context.lowerSequence(hit.get().lowerFrom(), end);
    Match match = match(hit.get().candidate(), upper, lower);
    if (match.code().isNull()) {
      return false;
    }
    if (Negations.isNegated(upper) && !negations.spellsNegation(match.pattern())) {
      // "Arnor did not attack Gondor" is no attack; patterns that spell the negation out
      // ("- NOT * AID [054]") code it as what it is
      return true;
    }
    PatternMatcher.Binding binding = match.binding();
    Object source = binding.source != null ? binding.source : actors.defaultSource(upper);
    if (source == null) {
      return true;
    }
    Object target =
        binding.target != null ? binding.target : actors.defaultTarget(source, upper, lower);
    if (config.nestedVerbs() && source instanceof Compound && ActorChoice.isUncoded(target)) {
      // "Trump and Putin met for three hours in Anchorage": the members act on each other
      target = source;
    }
    if (target == null) {
      return true;
    }
    events.emit(source, target, match.code(), passive, tokens.get(verbWord).id());
    return true;
  }

  /** The first of the block's patterns, in file order, that matches; else the verb's own code. */
  private Match match(VerbDictionary.Candidate candidate, List<Token> upper, List<Token> lower) {
    Set<String> words = words(upper, lower);
    for (VerbPattern pattern : candidate.block().patterns()) {
      PatternMatcher.Binding trial = new PatternMatcher.Binding();
      if (matcher.matches(pattern, upper, lower, words, trial)
          && !(config.nestedVerbs() && passesOverCodedObject(trial, lower))) {
        return new Match(pattern.code(), pattern, trial);
      }
    }
    CodePair own = candidate.entry().code().orElse(candidate.block().code());
    return new Match(own, null, new PatternMatcher.Binding());
  }

  /** Every word of both sequences: the matcher rejects at once a pattern naming another. */
  private static Set<String> words(List<Token> upper, List<Token> lower) {
    Set<String> words = new HashSet<>();
    for (Token token : upper) {
      if (token.kind() == Token.Kind.WORD) {
        words.add(token.text());
      }
    }
    for (Token token : lower) {
      if (token.kind() == Token.Kind.WORD) {
        words.add(token.text());
      }
    }
    return words;
  }
}
