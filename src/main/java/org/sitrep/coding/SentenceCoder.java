package org.sitrep.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.EntityCoder;

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
      String source,
      String target,
      String code,
      String sourceText,
      String targetText,
      int verb,
      int sourceAt,
      int targetAt) {

    /** The event without positions, as the validation suite compares events. */
    public CodedEvent(
        String source, String target, String code, String sourceText, String targetText) {
      this(source, target, code, sourceText, targetText, -1, -1, -1);
    }
  }

  /** The events of a sentence, or why it was set aside ("sentencediscard", "storydiscard"). */
  public record Result(List<CodedEvent> events, Optional<String> setAside) {
    public Result {
      events = List.copyOf(events);
    }
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^A-Z0-9'\\-]+");

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
    List<Token> tokens =
        CommaClauses.remove(Linearizer.linearize(tree, config.nestedVerbs()), config);
    // each entity has exactly one opening token, so each is coded once
    for (Token token : tokens) {
      if (token.kind() == Token.Kind.ENTITY_OPEN) {
        token.entity().code(entityCoder.code(token.entity().words(), date));
      }
    }
    return new Result(
        new VerbWalk(dictionaries.verbs(), matcher, tokens, config).run(), Optional.empty());
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
}
