package org.sitrep.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The nouns by which news names groups and points back at parties: roles ("protesters" CVL,
 * "troops" MIL), pairs ("the two sides"), descriptions ("the bloc" for an IGO) and partitives
 * ("thousands of").
 */
final class GroupNouns {
  private static final Set<String> PARTITIVES =
      Set.of(
          "thousand",
          "hundred",
          "dozen",
          "million",
          "some",
          "many",
          "member",
          "group",
          "number",
          "score",
          "most",
          "all",
          "part",
          "one",
          "two",
          "three",
          "several",
          "unit",
          "contingent");
  private static final Set<String> PAIRS =
      Set.of(
          "country",
          "side",
          "leader",
          "nation",
          "government",
          "party",
          "neighbour",
          "neighbor",
          "capital",
          "delegation",
          "army",
          "minister",
          "president",
          "ally",
          "partner",
          "state",
          "junta",
          "pair");
  // nouns that name two parties with no numeral: "the pair discussed"
  private static final Set<String> DUALS = Set.of("pair", "duo");
  // a party's side in a dispute or talks is its government: "the Russian side" RUSGOV
  private static final Map<String, String> SIDES = Map.of("side", "GOV");
  private static final Map<String, String> GROUP_ROLES = groupRoles();
  // descriptions that point back at an actor the article named: "the bloc" at the EU
  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry("bloc", "IGO"),
          // an alliance is a military one: "the alliance" after the EU's seat is still NATO
          Map.entry("alliance", ArticleParties.ALLIANCE),
          Map.entry("union", "IGO"),
          Map.entry("organisation", "IGO"),
          Map.entry("organization", "IGO"),
          Map.entry("group", "REB"),
          Map.entry("militia", "REB"),
          Map.entry("movement", "REB"),
          Map.entry("militant", "REB"),
          Map.entry("rebel", "REB"),
          Map.entry("insurgent", "REB"),
          Map.entry("junta", "GOV"),
          Map.entry("government", "GOV"),
          Map.entry("administration", "GOV"),
          Map.entry("ministry", "GOV"),
          Map.entry("regime", "GOV"),
          Map.entry("authority", "GOV"),
          Map.entry("president", "GOV"),
          Map.entry("minister", "GOV"),
          Map.entry("leader", "GOV"),
          Map.entry("army", "MIL"),
          Map.entry("military", "MIL"));

  private GroupNouns() {}

  private static Map<String, String> groupRoles() {
    Map<String, String> roles = new LinkedHashMap<>();
    addRole(
        roles, "CVL", "protester demonstrator activist student civilian resident people villager");
    addRole(roles, "CVL", "worker voter citizen refugee crowd");
    addRole(roles, "OPP", "opposition");
    addRole(roles, "REB", "rebel militant insurgent fighter gunman jihadist militia guerrilla");
    addRole(roles, "REB", "separatist gang group movement");
    addRole(roles, "MIL", "soldier troop force army military warplane jet navy drone artillery");
    addRole(roles, "MIL", "commander general battery unit warship tank aircraft helicopter air");
    addRole(roles, "COP", "police officer policeman policemen");
    addRole(roles, "LEG", "lawmaker legislator parliament mp senator");
    addRole(roles, "JUD", "prosecutor court judge");
    addRole(roles, "GOV", "minister government official diplomat envoy ambassador leader");
    addRole(roles, "GOV", "president spokesman spokeswoman spokesperson ministry authority");
    addRole(roles, "GOV", "negotiator delegation cabinet administration junta");
    return roles;
  }

  private static void addRole(Map<String, String> roles, String role, String nouns) {
    for (String noun : nouns.split(" ")) {
      roles.put(noun, role);
    }
  }

  /** The role a group noun stands for ("protester": CVL), or null. */
  static @Nullable String role(String lemma) {
    return GROUP_ROLES.get(lemma);
  }

  /** The family of actors a description points back at ("bloc": IGO, "junta": GOV), or null. */
  static @Nullable String family(String lemma) {
    return DESCRIPTIONS.get(lemma);
  }

  /** "side", "country", "leader": with "both" or "two", the last two parties. */
  static boolean isPair(String lemma) {
    return PAIRS.contains(lemma);
  }

  /** "the pair", "the duo": two parties without "both" or "two". */
  static boolean isDual(String lemma) {
    return DUALS.contains(lemma);
  }

  /**
   * The role a noun gives a country that modifies it: "Serbian protesters" CVL, "the Russian side"
   * GOV.
   */
  static @Nullable String roleWithCountry(String lemma) {
    String role = GROUP_ROLES.get(lemma);
    return role != null ? role : SIDES.get(lemma);
  }

  /** "thousands of", "members of": the actor is in the "of" phrase. */
  static boolean isPartitive(String lemma) {
    return PARTITIVES.contains(lemma);
  }

  /**
   * Whether a noun names a group an actor's role stands for ("protesters", "troops", "police") or
   * points back at parties the article named ("the two sides", "the bloc").
   */
  static boolean isGroupNoun(String lemma) {
    // also "the two sides", "the bloc": words that point back at the parties named before
    return GROUP_ROLES.containsKey(lemma)
        || PAIRS.contains(lemma)
        || DESCRIPTIONS.containsKey(lemma);
  }
}
