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
 * composition, so "President George W. Bush" stays USAGOV rather than USAGOVGOV; so does an armed
 * agent (MIL, REB, UAF) after an armed actor: "Houthi forces" stays YEMREB, "Hamas fighters"
 * PSEREBHMS, "rebel soldiers" {@code ---REB}.
 *
 * <p>Two rules beyond PETRARCH's, for news that names an institution after its country:
 *
 * <ul>
 *   <li>A later actor whose code refines the leftmost one's (starts with it and is longer) is the
 *       actor the phrase names: "Russia's FSB" (the coder sees RUSSIA FSB) is RUSSPY, "Saudi
 *       Arabia's Aramco" SAUBUS, "Israel's Netanyahu" ISRGOV. An actor of another country stays a
 *       complement: "Ukraine's ambassador to Russia" is UKRGOV.
 *   <li>A partitive agent, one whose phrase ends in OF ("thousands of", "crowds of"), gives its
 *       code only to a country's people with no other role: "thousands of Serbs" is SRBCVL, while
 *       "thousands of Russian troops" is RUSMIL and "dozens of drones" names no actor.
 * </ul>
 */
public final class EntityCoder {
  private final ActorDictionary actors;
  private final AgentDictionary agents;

  public EntityCoder(ActorDictionary actors, AgentDictionary agents) {
    this.actors = actors;
    this.agents = agents;
  }

  public String code(List<String> words, LocalDate date) {
    Optional<ActorMatch> actor = actor(words, date);
    String code = actor.flatMap(match -> match.entry().codeOn(date)).orElse(ActorCode.NONE.value());
    boolean hasActor = actor.isPresent();
    List<AgentMatch> found = new ArrayList<>();
    Optional<AgentMatch> partitive = Optional.empty();
    int k = 0;
    while (k < words.size()) {
      if (actor.isPresent() && k >= actor.get().start() && k < actor.get().end()) {
        k = actor.get().end();
        continue;
      }
      Optional<AgentMatch> agent = agents.longestMatch(words, k);
      if (agent.isPresent() && isPartitive(agent.get())) {
        partitive = partitive.or(() -> agent);
        k = agent.get().end();
      } else if (agent.isPresent()) {
        found.add(agent.get());
        k = agent.get().end();
      } else {
        k++;
      }
    }
    if (found.isEmpty()) {
      boolean people = hasActor && code.length() == 3 && !code.equals(ActorCode.NONE.value());
      return people && partitive.isPresent() ? code + partitive.get().entry().code() : code;
    }
    if (!hasActor) {
      code = ActorCode.NONE.value();
    }
    for (AgentMatch agent : found) {
      String g = agent.entry().code();
      if (holdsAtBoundary(code, g) || (isArmed(g) && holdsArmedRole(code))) {
        break;
      }
      code = agent.entry().prefix() ? g + code : code + g;
    }
    return code;
  }

  /**
   * The actor the words name, before any agent is composed with it: the leftmost whole actor
   * phrase, or a later one that refines its code on the date ("Russia's FSB" names the FSB).
   */
  public Optional<ActorMatch> actor(List<String> words, LocalDate date) {
    Optional<ActorMatch> actor = Optional.empty();
    for (int k = 0; k < words.size() && actor.isEmpty(); k++) {
      actor = actors.longestMatch(words, k).filter(match -> isWhole(match, words));
    }
    return actor.map(first -> refined(first, words, date));
  }

  /**
   * The first whole actor after {@code first} whose code on the date refines {@code first}'s, or
   * {@code first} when none does.
   */
  private ActorMatch refined(ActorMatch first, List<String> words, LocalDate date) {
    Optional<String> firstCode = first.entry().codeOn(date);
    if (firstCode.isEmpty()) {
      return first;
    }
    int k = first.end();
    while (k < words.size()) {
      Optional<ActorMatch> later = actors.longestMatch(words, k).filter(m -> isWhole(m, words));
      if (later.isEmpty()) {
        k++;
        continue;
      }
      Optional<String> laterCode = later.get().entry().codeOn(date);
      if (laterCode.isPresent()
          && laterCode.get().length() > firstCode.get().length()
          && laterCode.get().startsWith(firstCode.get())) {
        return later.get();
      }
      k = later.get().end();
    }
    return first;
  }

  private static boolean isPartitive(AgentMatch agent) {
    List<String> phrase = agent.entry().phrase().words();
    return phrase.size() > 1 && phrase.get(phrase.size() - 1).equals("OF");
  }

  /**
   * Whether every word matched whole. Like PETRARCH, the coder takes no stems: "THE_KU" must not
   * take "the Kuwait government".
   */
  private static boolean isWhole(ActorMatch match, List<String> words) {
    List<String> phrase = match.phrase().words();
    return words.get(match.start() + phrase.size() - 1).equals(phrase.get(phrase.size() - 1));
  }

  private static final List<String> ARMED_ROLES = List.of("MIL", "REB", "UAF");

  private static boolean isArmed(String agentCode) {
    return ARMED_ROLES.stream().anyMatch(agentCode::startsWith);
  }

  private static boolean holdsArmedRole(String code) {
    return ARMED_ROLES.stream().anyMatch(role -> holdsAtBoundary(code, role));
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
