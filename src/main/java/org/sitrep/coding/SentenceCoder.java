package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/*
 * Design note. For each verb phrase whose first child is a verb, in sentence order: look the verb
 * up (multi-word forms first), try its block's patterns in file order against the words before
 * and after it, take the first that matches or else the verb's own code, then find the source
 * (first actor from the start of the clause) and target (first actor after the verb, else one
 * before it) unless the pattern placed them. A coded verb phrase hides the verbs nested in it:
 * "Arnor said Gondor attacked Mordor" codes the saying, not the attack, when SAID has a code.
 * Passives ("was attacked by") swap source and target. Compounds give one event per pair.
 */
/**
 * Codes one parsed sentence with a set of dictionaries.
 *
 * <pre>{@code
 * SentenceCoder coder = new SentenceCoder(Dictionaries.phoenix());
 * coder.code(tree, text, LocalDate.of(2024, 11, 11), CoderConfig.DEFAULT).events()
 * }</pre>
 */
public final class SentenceCoder {
  /**
   * One coded event: actor codes, CAMEO code, the words that named each actor and where in the
   * sentence (word indexes, -1 when unknown) the verb and each actor's phrase start.
   */
  public record CodedEvent(
      String source, String target, String code, String sourceText, String targetText,
      int verb, int sourceAt, int targetAt) {

    /** The event without positions, as the validation suite compares events. */
    public CodedEvent(String source, String target, String code, String sourceText, String targetText) {
      this(source, target, code, sourceText, targetText, -1, -1, -1);
    }
  }

  /** The events of a sentence, or why it was set aside ("sentencediscard", "storydiscard"). */
  public record Result(List<CodedEvent> events, Optional<String> setAside) {
    public Result {
      events = List.copyOf(events);
    }
  }

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^A-Z0-9'\\-]+");
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("WAS", "IS", "BEEN", "WERE", "ARE", "BE", "BEING", "GET", "GOT", "GETS");

  private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "CANNOT");
  private final Dictionaries dictionaries;
  private final EntityCoder entityCoder;
  private final PatternMatcher matcher;

  public SentenceCoder(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.entityCoder = new EntityCoder(dictionaries.actors(), dictionaries.agents());
    this.matcher = new PatternMatcher(dictionaries.verbs());
  }

  public Result code(ParseTree tree, String text, LocalDate date, CoderConfig config) {
    List<String> textWords = textWords(text);
    if (dictionaries.discards().findIn(textWords, true).isPresent()) {
      return new Result(List.of(), Optional.of("storydiscard"));
    }
    if (dictionaries.discards().findIn(textWords, false).isPresent()) {
      return new Result(List.of(), Optional.of("sentencediscard"));
    }
    List<Token> tokens = CommaClauses.remove(Linearizer.linearize(tree, config.nestedVerbs()), config);
    // each entity has exactly one opening token, so each is coded once
    for (Token token : tokens) {
      if (token.kind() == Token.Kind.ENTITY_OPEN) {
        token.entity().code(entityCoder.code(token.entity().words(), date));
      }
    }
    return new Result(new VerbWalk(tokens, config).run(), Optional.empty());
  }

  private static List<String> textWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NON_WORD.split(text.toUpperCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The walk over one sentence's tokens. */
  private final class VerbWalk {
    private final List<Token> tokens;
    private final CoderConfig config;
    private final Map<Integer, Integer> closeOf;
    private final Set<CodedEvent> events = new LinkedHashSet<>();

    VerbWalk(List<Token> tokens, CoderConfig config) {
      this.tokens = tokens;
      this.config = config;
      this.closeOf = Token.closings(tokens);
    }

    List<CodedEvent> run() {
      int i = 0;
      while (i < tokens.size()) {
        long before = dyads();
        if (isVerbPhrase(i) && codeVerbPhrase(i) && (!config.nestedVerbs() || dyads() > before)) {
          i = closeOf.getOrDefault(i, i) + 1;
        } else {
          i++;
        }
      }
      return new ArrayList<>(events);
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

    /** Events with a coded source and target: only those stop the walk descending into a phrase. */
    private long dyads() {
      return events.stream()
          .filter(e -> !e.source().equals(Entity.NO_CODE) && !e.target().equals(Entity.NO_CODE))
          .count();
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
      int end = Objects.requireNonNull(closeOf.get(vp)); // isVerbPhrase checked it closes
      int verbWord = vp + 2;
      int participle = passiveParticiple(vp, end);
      boolean passive = participle >= 0;
      if (passive) {
        verbWord = participle + 1;
      }
      Optional<VerbHit> hit = lookUp(verbWord);
      if (hit.isEmpty()) {
        return false;
      }
      List<Token> upper = upperSequence(hit.get().upperFrom());
      List<Token> lower = lowerSequence(hit.get().lowerFrom(), end);
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
      PatternMatcher.Binding binding = new PatternMatcher.Binding();
      CodePair code = null;
      VerbPattern matchedPattern = null;
      for (VerbPattern pattern : hit.get().candidate().block().patterns()) {
        PatternMatcher.Binding trial = new PatternMatcher.Binding();
        if (matcher.matches(pattern, upper, lower, words, trial)
            && !(config.nestedVerbs() && passesOverCodedObject(trial, lower))) {
          code = pattern.code();
          binding = trial;
          matchedPattern = pattern;
          break;
        }
      }
      if (code == null) {
        code = hit.get().candidate().entry().code().orElse(hit.get().candidate().block().code());
      }
      if (code.isNull()) {
        return false;
      }
      if (isNegated(upper) && !spellsNegation(matchedPattern)) {
        // "Arnor did not attack Gondor" is no attack; patterns that spell the negation out
        // ("- NOT * AID [054]") code it as what it is
        return true;
      }
      Object source = binding.source != null ? binding.source : defaultSource(upper);
      if (source == null) {
        return true;
      }
      Object target = binding.target != null ? binding.target : defaultTarget(source, upper, lower);
      if (config.nestedVerbs() && source instanceof Compound && isUncoded(target)) {
        // "Trump and Putin met for three hours in Anchorage": the members act on each other
        target = source;
      }
      if (target == null) {
        return true;
      }
      emit(source, target, code, passive, tokens.get(verbWord).id());
      return true;
    }

    /**
     * The participle of "was attacked by X" or "has been attacked by X", or -1 when the phrase is
     * active: the phrase's verb is a form of "be" whose verb-phrase complement is headed by a past
     * participle with "by" after it.
     */
    private int passiveParticiple(int vp, int end) {
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
          if (head.kind() == Token.Kind.OPEN && head.text().startsWith("VB")
              && PASSIVE_AUXILIARIES.contains(tokens.get(k + 2).text())) {
            return passiveParticiple(k, innerEnd);
          }
          return -1;
        }
      }
      return -1;
    }

    /**
     * "by" followed by a noun phrase, the passive's agent; in news mode "by ensuring..." (a
     * clause) is no agent, so "is determined to support Ukraine by sending aid" stays active.
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
            if (next.kind() == Token.Kind.ENTITY_OPEN || next.kind() == Token.Kind.COMPOUND_OPEN
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

    private record VerbHit(VerbDictionary.Candidate candidate, int upperFrom, int lowerFrom) {}

    /** The dictionary entry of the verb at this word index, multi-word forms first. */
    private Optional<VerbHit> lookUp(int verbWord) {
      String verb = tokens.get(verbWord).text();
      for (VerbDictionary.Candidate candidate : dictionaries.verbs().entriesFor(verb)) {
        VerbForm form = candidate.form();
        int after = followingWords(verbWord, form.trailing(), +1);
        List<String> leading = new ArrayList<>(form.leading());
        Collections.reverse(leading);
        int before = followingWords(verbWord, leading, -1);
        if (after >= 0 && before >= 0) {
          return Optional.of(new VerbHit(candidate, before - 1, after + 1));
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

    private boolean isUncoded(@Nullable Object target) {
      return target == null || (target instanceof Entity entity && !entity.isCoded());
    }

    /** Words and boundaries before the verb, nearest first, back to the previous comma. */
    private List<Token> upperSequence(int from) {
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
     * Words and boundaries after the verb to the end of its phrase; in news mode without the
     * relative clauses inside it ("sent a message to Trump in which he showed readiness to hold
     * talks"): they are coded on their own, and their words must not complete this verb's patterns.
     */
    private List<Token> lowerSequence(int from, int end) {
      List<Token> out = new ArrayList<>();
      for (int i = from; i < end; i++) {
        Token token = tokens.get(i);
        if (config.nestedVerbs() && isRelativeClause(i)) {
          i = Objects.requireNonNull(closeOf.get(i)); // isRelativeClause checked it closes
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
      return tokens.get(i).is(Token.Kind.OPEN, "SBAR") && closeOf.containsKey(i) && i + 1 < tokens.size()
          && tokens.get(i + 1).kind() == Token.Kind.OPEN && tokens.get(i + 1).text().startsWith("WH");
    }

    private boolean keep(Token token) {
      return token.kind() != Token.Kind.OPEN && token.kind() != Token.Kind.CLOSE;
    }

    /** Whether a negation stands between the verb and the nearest actor before it. */
    private boolean isNegated(List<Token> upper) {
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

    private boolean spellsNegation(@Nullable VerbPattern pattern) {
      if (pattern == null) {
        return false;
      }
      for (PatternElement element : pattern.elements()) {
        if (element.kind() == PatternElement.Kind.WORD && NEGATIONS.contains(element.value())) {
          return true;
        }
        if (element.kind() == PatternElement.Kind.SYNSET) {
          for (List<PatternElement> member : dictionaries.verbs().synset(element.value()).orElseThrow().members()) {
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

    /**
     * The first compound or coded entity from the start of the clause, else any entity; in news
     * mode the nearest one before the verb, its subject ("the Ukraine war as Trump spoke").
     */
    private @Nullable Object defaultSource(List<Token> upper) {
      if (config.nestedVerbs()) {
        for (Token token : upper) {
          if (token.kind() == Token.Kind.COMPOUND_OPEN || token.kind() == Token.Kind.COMPOUND_CLOSE) {
            return token.compound();
          }
          if ((token.kind() == Token.Kind.ENTITY_OPEN || token.kind() == Token.Kind.ENTITY_CLOSE)
              && token.entity().isCoded()) {
            return token.entity();
          }
        }
      }
      Entity anyEntity = null;
      for (int i = upper.size() - 1; i >= 0; i--) {
        Token token = upper.get(i);
        if (token.kind() == Token.Kind.COMPOUND_OPEN || token.kind() == Token.Kind.COMPOUND_CLOSE) {
          return token.compound();
        }
        if (token.kind() == Token.Kind.ENTITY_OPEN || token.kind() == Token.Kind.ENTITY_CLOSE) {
          if (token.entity().isCoded()) {
            return token.entity();
          }
          if (anyEntity == null) {
            anyEntity = token.entity();
          }
        }
      }
      return anyEntity;
    }

    private @Nullable Object defaultTarget(Object source, List<Token> upper, List<Token> lower) {
      String sourceCode = source instanceof Entity entity ? entity.code() : null;
      Entity uncoded = null;
      for (Token token : lower) {
        if (token.kind() == Token.Kind.COMPOUND_OPEN) {
          return token.compound();
        }
        if (token.kind() == Token.Kind.ENTITY_OPEN) {
          Entity entity = token.entity();
          if (entity.isCoded() && !sameActor(entity, sourceCode)) {
            return entity;
          }
          if (!entity.isCoded() && uncoded == null) {
            uncoded = entity;
          }
        }
      }
      if (uncoded != null) {
        return uncoded;
      }
      Entity upperUncoded = null;
      for (Token token : upper) {
        if (token.kind() == Token.Kind.ENTITY_CLOSE) {
          Entity entity = token.entity();
          if (entity.isCoded() && !sameActor(entity, sourceCode) && entity != source) {
            return entity;
          }
          if (!entity.isCoded() && entity != source && upperUncoded == null) {
            upperUncoded = entity;
          }
        }
      }
      return upperUncoded;
    }

    private boolean sameActor(Entity entity, @Nullable String sourceCode) {
      return sourceCode != null && entity.code().startsWith(sourceCode);
    }

    private void emit(Object source, Object target, CodePair code, boolean passive, int verb) {
      List<Entity> sources = members(source);
      List<Entity> targets = members(target);
      List<String> sourceCodes = codes(sources);
      List<String> targetCodes = codes(targets);
      if (code.reciprocal().isPresent()) {
        if (sourceCodes.get(0).equals(Entity.NO_CODE)) {
          sourceCodes = targetCodes;
          sources = targets;
        } else if (targetCodes.get(0).equals(Entity.NO_CODE)) {
          targetCodes = sourceCodes;
          targets = sources;
        }
        pairs(sourceCodes, targetCodes, sources, targets, code.code(), passive, verb);
        if (!config.nestedVerbs()) {
          // news mode codes what the sentence says: "X spoke to Y" is X's act; "X and Y met"
          // still gives both directions, as the compound is source and target at once
          pairs(targetCodes, sourceCodes, targets, sources, code.reciprocal().get(), passive, verb);
        }
      } else {
        pairs(sourceCodes, targetCodes, sources, targets, code.code(), passive, verb);
      }
      if (config.requireDyad()) {
        events.removeIf(e -> e.source().equals(Entity.NO_CODE) || e.target().equals(Entity.NO_CODE));
      }
    }

    private void pairs(
        List<String> from, List<String> to, List<Entity> fromEntities, List<Entity> toEntities,
        String code, boolean passive, int verb) {
      for (int a = 0; a < from.size(); a++) {
        for (int b = 0; b < to.size(); b++) {
          String x = from.get(a);
          String y = to.get(b);
          if (x.equals(y)) {
            continue;
          }
          String xText = textOf(fromEntities, a);
          String yText = textOf(toEntities, b);
          int xAt = firstOf(fromEntities, a);
          int yAt = firstOf(toEntities, b);
          events.add(passive
              ? new CodedEvent(y, x, code, yText, xText, verb, yAt, xAt)
              : new CodedEvent(x, y, code, xText, yText, verb, xAt, yAt));
        }
      }
    }

    private int firstOf(List<Entity> entities, int index) {
      return entities.isEmpty() ? -1 : entities.get(Math.min(index, entities.size() - 1)).first();
    }

    private String textOf(List<Entity> entities, int index) {
      return entities.isEmpty() ? "" : entities.get(Math.min(index, entities.size() - 1)).text();
    }

    private List<Entity> members(Object place) {
      if (place instanceof Compound compound) {
        return compound.members();
      }
      return List.of((Entity) place);
    }

    /** Actor codes at a place: one per coded member, quoted text for new actors, else "---". */
    private List<String> codes(List<Entity> entities) {
      List<String> out = new ArrayList<>();
      for (Entity entity : entities) {
        String code = entity.code();
        if (!entity.isCoded() && config.newActorLength() > 0 && entity.words().size() <= config.newActorLength()) {
          code = "\"" + entity.text() + "\"";
        }
        if (!code.equals(Entity.NO_CODE) || entities.size() == 1) {
          for (String part : code.split("/")) {
            out.add(part);
          }
        }
      }
      if (out.isEmpty()) {
        out.add(Entity.NO_CODE);
      }
      return out;
    }
  }
}
