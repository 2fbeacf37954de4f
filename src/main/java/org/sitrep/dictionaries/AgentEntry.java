package org.sitrep.dictionaries;

import java.util.Objects;

/**
 * One agent phrase and the code it adds to an actor. Generated plurals and substitution-set
 * expansions each get their own entry, pointing at the line they came from.
 *
 * <pre>{@code new AgentEntry(Phrase.parse("FOREIGN_MINISTER_"), "GOVFRM", false, "x.agents", 12)}
 * </pre>
 *
 * @param phrase the words, matched exactly (agents never use stems, so stemLast is false)
 * @param code the code without its {@code ~}
 * @param prefix true for {@code [NGO~]} (code goes before the actor code), false for {@code [~GOV]}
 *     (code goes after)
 */
public record AgentEntry(Phrase phrase, String code, boolean prefix, String source, int line) {

  public AgentEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(code, "code");
    phrase = phrase.exact();
  }
}
