package org.sitrep.dictionaries;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.ActorCode;

/**
 * Codes a phrase outside a tree, as the coder would code a noun phrase: for quote speakers, and for
 * the names that pronouns and descriptions refer back to.
 *
 * <pre>
 * {@code actorCoder.code(List.of("Kremlin", "spokesman", "Dmitry", "Peskov"), date)  // RUSGOV}
 * </pre>
 */
public final class ActorCoder {
  private final EntityCoder entityCoder;
  private final Dictionaries dictionaries;

  public ActorCoder(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.entityCoder = new EntityCoder(dictionaries.actors(), dictionaries.agents());
  }

  /** The phrase's actor code on that date, or empty when it names no known actor. */
  public Optional<String> code(List<String> words, LocalDate date) {
    String code = entityCoder.code(upper(words), date);
    return code.equals(ActorCode.NONE.value()) ? Optional.empty() : Optional.of(code);
  }

  /**
   * The dictionary actor the phrase names (before agents are composed with it), as {@link #code}
   * finds it: "Putin" and "President Vladimir Putin" both give the entry VLADIMIR_PUTIN_.
   */
  public Optional<ActorEntry> entry(List<String> words, LocalDate date) {
    return entityCoder.actor(upper(words), date).map(ActorMatch::entry);
  }

  /** Whether some actor phrase of the dictionaries (not just an agent) starts at that word. */
  public boolean namesActorAt(List<String> upperWords, int start) {
    return dictionaries.actors().longestMatch(upperWords, start).isPresent();
  }

  /**
   * Where the longest actor phrase (not agent) starting at that word ends; {@code start} if none.
   */
  public int actorEnd(List<String> upperWords, int start) {
    return dictionaries.actors().longestMatch(upperWords, start).map(ActorMatch::end).orElse(start);
  }

  /** Whether an actor or agent phrase starts at that word. */
  public boolean namesActorOrAgentAt(List<String> upperWords, int start) {
    return namesActorAt(upperWords, start)
        || dictionaries.agents().longestMatch(upperWords, start).isPresent();
  }

  /** Where the longest actor or agent phrase starting at that word ends; {@code start} if none. */
  public int phraseEnd(List<String> upperWords, int start) {
    int end = start;
    var actor = dictionaries.actors().longestMatch(upperWords, start);
    if (actor.isPresent()) {
      end = Math.max(end, actor.get().end());
    }
    var agent = dictionaries.agents().longestMatch(upperWords, start);
    if (agent.isPresent()) {
      end = Math.max(end, agent.get().end());
    }
    return end;
  }

  /**
   * Whether the verb dictionary codes this word form, by default, as an event that needs no target:
   * an appeal (02), an intention (03) or a show of force (15).
   */
  public boolean isSelfContainedVerb(String word) {
    for (VerbDictionary.Candidate candidate :
        dictionaries.verbs().entriesFor(word.toUpperCase(Locale.ROOT))) {
      String code = candidate.entry().code().orElse(candidate.block().code()).code();
      if (code.startsWith("02") || code.startsWith("03") || code.startsWith("15")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb dictionary has an entry for this word form. */
  public boolean isCodedVerb(String word) {
    return !dictionaries.verbs().entriesFor(word.toUpperCase(Locale.ROOT)).isEmpty();
  }

  static List<String> upper(List<String> words) {
    return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
  }
}
