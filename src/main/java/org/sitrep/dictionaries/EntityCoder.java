package org.sitrep.dictionaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ActorCode;

/**
 * Codes one entity's words as an actor: the leftmost known actor, with the code valid on the
 * sentence date, composed with every agent found after it ("Gondor's foreign minister": GON and
 * {@code ~GOVFRM} give GONGOVFRM; "the police": {@code ---COP}).
 *
 * <pre>{@code entityCoder.code(List.of("GONDOR", "FOREIGN", "MINISTER"), date)  // "GONGOVFRM"}
 * </pre>
 *
 * <p>An agent whose code the composed code already holds (at a 3-letter boundary) ends the
 * composition, so "President George W. Bush" stays USAGOV rather than USAGOVGOV.
 */
public final class EntityCoder {
  private final ActorDictionary actors;
  private final AgentDictionary agents;

  public EntityCoder(ActorDictionary actors, AgentDictionary agents) {
    this.actors = actors;
    this.agents = agents;
  }

  public String code(List<String> words, LocalDate date) {
    Optional<ActorMatch> actor = Optional.empty();
    for (int k = 0; k < words.size() && actor.isEmpty(); k++) {
      actor = actors.longestMatch(words, k).filter(match -> isWhole(match, words));
    }
    String code = actor.flatMap(match -> match.entry().codeOn(date)).orElse(ActorCode.NONE.value());
    boolean hasActor = actor.isPresent();
    List<AgentMatch> found = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      if (actor.isPresent() && k >= actor.get().start() && k < actor.get().end()) {
        k = actor.get().end();
        continue;
      }
      Optional<AgentMatch> agent = agents.longestMatch(words, k);
      if (agent.isPresent()) {
        found.add(agent.get());
        k = agent.get().end();
      } else {
        k++;
      }
    }
    if (found.isEmpty()) {
      return code;
    }
    if (!hasActor) {
      code = ActorCode.NONE.value();
    }
    for (AgentMatch agent : found) {
      String g = agent.entry().code();
      if (holdsAtBoundary(code, g)) {
        break;
      }
      code = agent.entry().prefix() ? g + code : code + g;
    }
    return code;
  }

  /**
   * Whether every word matched whole. Like PETRARCH, the coder takes no stems: "THE_KU" must not
   * take "the Kuwait government".
   */
  private static boolean isWhole(ActorMatch match, List<String> words) {
    List<String> phrase = match.phrase().words();
    return words.get(match.start() + phrase.size() - 1).equals(phrase.get(phrase.size() - 1));
  }

  private static boolean holdsAtBoundary(String code, String agent) {
    for (int at = code.indexOf(agent); at >= 0; at = code.indexOf(agent, at + 1)) {
      if (at % 3 == 0) {
        return true;
      }
    }
    return false;
  }
}
