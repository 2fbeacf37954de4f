package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * Which two actors the clause coder may pair, whom a people's demand is aimed at, and on whom a
 * government's measures at home fall.
 */
final class Dyads {
  private static final Set<String> POPULAR_ROLES = Set.of("CVL", "OPP", "LAB", "EDU");
  private static final Set<String> DOMESTIC_ROOTS = Set.of("10", "11", "13", "14");
  private static final Set<String> STATE_ROLES = Set.of("GOV", "COP", "MIL", "LEG", "JUD");
  // curbs on political freedom, curfews, states of emergency and martial law; resignations
  private static final Set<String> HOME_MEASURES = Set.of("1721", "1723", "1724", "0831");
  private static final Set<String> BODIES = Set.of("IGO", "NGO");
  private static final Set<String> INSURGENTS = Set.of("REB", "UAF", "INS");
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  // hostile acts whose target the story implies when the clause names none
  private static final Set<String> IMPLIED_TARGET_ROOTS =
      Set.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");

  private Dyads() {}

  /**
   * Whether a public statement is made to no one in particular when its clause names no target; a
   * denial ("a charge Kigali rejects") answers the story's accuser.
   */
  static boolean addressesNoOne(CameoCode code) {
    return code.root().equals("01") && !isDenial(code);
  }

  private static boolean isDenial(CameoCode code) {
    return code.value().equals("016");
  }

  /**
   * Whether a state's forces retreat ("troops withdrew from the town"): ground given to someone.
   */
  static boolean givesGround(Found source, CameoCode code) {
    return code.value().startsWith("0874") && STATE_ROLES.contains(role(source.code()));
  }

  /**
   * Whether an act whose clause names no target is aimed at the story's other party: hostile acts,
   * releases ("Hamas handed over the bodies of four hostages") and withdrawals ("the army pulled
   * out of the town").
   */
  static boolean storyImpliesTarget(CameoCode code) {
    return IMPLIED_TARGET_ROOTS.contains(code.root())
        || isDenial(code)
        || code.value().startsWith("084")
        || code.value().startsWith("0874");
  }

  /**
   * "Protesters demanded early elections", "unions threatened to strike", "the opposition described
   * the vote as illegitimate": the people's demands, criticism, threats and protests are aimed at
   * their own government when the clause names no one.
   */
  static Optional<Found> domesticTarget(Found source, CameoCode code, int at) {
    if (!POPULAR_ROLES.contains(role(source.code()))
        || source.code().country().startsWith("-")
        || !DOMESTIC_ROOTS.contains(code.root())) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(ActorCode.of(source.code().country() + "GOV"), at, "the government"));
  }

  /**
   * "declared a state of emergency", "imposed a curfew", "placed the country under martial law":
   * such acts fall on the source's own population when the clause names no one; "the prime minister
   * resigned" yields to it.
   */
  static Optional<Found> ownPopulation(Found source, CameoCode code, int at) {
    String country = source.code().country();
    // an international body or an actor of no country has no population of its own
    boolean stateless =
        country.startsWith("-") || country.length() != 3 || BODIES.contains(country);
    if (!HOME_MEASURES.contains(code.value()) || stateless) {
      return Optional.empty();
    }
    return Optional.of(new Found(ActorCode.of(country + "CVL"), at, "the population"));
  }

  /**
   * Force between a state and its own people: a crowd's is a riot (145: "protesters stormed the
   * parliament"), police force against the crowd is repression (175: "police shot demonstrators").
   */
  static CameoCode domesticForce(ActorCode source, ActorCode target, CameoCode code) {
    String root = code.root();
    if (!(root.equals("18") || root.equals("19"))
        || !source.country().equals(target.country())
        || source.country().startsWith("-")) {
      return code;
    }
    String from = role(source);
    String to = role(target);
    if (POPULAR_ROLES.contains(from) && STATE_ROLES.contains(to)) {
      return CameoCode.of("145");
    }
    return from.equals("COP") && POPULAR_ROLES.contains(to) ? CameoCode.of("175") : code;
  }

  /** The first role of a code ("MIL" of "RUSMILGOV"), or "" for a bare country. */
  static String role(ActorCode actor) {
    String value = actor.value();
    return value.length() >= 6 ? value.substring(3, 6) : "";
  }

  /**
   * Never pair an actor with itself or with its own bare country ("France ... French"); one word
   * stands for two parties only when it names two countries ("the two sides").
   */
  static boolean differentParties(Found s, Found t) {
    boolean sameWord = s.at() == t.at() && s.code().country().equals(t.code().country());
    return !sameWord && !oneParty(s.code(), t.code());
  }

  /** As {@link #differentParties(Found, Found)}, letting a state organ coerce its own country. */
  static boolean differentParties(Found s, Found t, CameoCode code) {
    return differentParties(s, t) || s.at() != t.at() && coercesOwnState(s.code(), t.code(), code);
  }

  /**
   * "Romania's Constitutional Court annulled the country's election", "parliament suspended the
   * country's constitution": an organ of the state coerces the state it belongs to (a court's
   * annulment, a legislature's impeachment), the one case where an actor and its bare country are
   * two parties.
   */
  static boolean coercesOwnState(ActorCode source, ActorCode target, CameoCode code) {
    return code.root().equals("17")
        && STATE_ROLES.contains(role(source))
        && target.value().equals(source.country());
  }

  /**
   * Mediation (045) or the intent to mediate (039): the mediator acts on each side, not they on it.
   */
  static boolean isMediation(CameoCode code) {
    return code.value().startsWith("045") || code.value().startsWith("039");
  }

  /** The same actor, or an actor and its own bare country ("France's ministry ... French"). */
  static boolean oneParty(ActorCode s, ActorCode t) {
    boolean sameCountry = s.country().equals(t.country());
    return s.equals(t) || sameCountry && (s.value().length() == 3 || t.value().length() == 3);
  }

  /**
   * The targets that are not the subjects themselves ("suspended its partnership with Georgia": not
   * "its"), except that force by an armed group against a place of its own country ("M23 rebels
   * captured Goma", a town the dictionaries code as its bare country) is force against that
   * country's army.
   */
  static List<Found> otherThanSubjects(List<Found> subjects, List<Found> targets, CameoCode code) {
    List<Found> out = new ArrayList<>();
    for (Found t : targets) {
      Found aimed = subjects.stream().anyMatch(s -> fightsOwnPlace(s, t, code)) ? armyOf(t) : t;
      if (subjects.stream()
          .noneMatch(
              s ->
                  oneParty(s.code(), aimed.code())
                      && !coercesOwnState(s.code(), aimed.code(), code))) {
        out.add(aimed);
      }
    }
    return out;
  }

  private static boolean fightsOwnPlace(Found subject, Found target, CameoCode code) {
    return FORCE_ROOTS.contains(code.root())
        && INSURGENTS.contains(role(subject.code()))
        && target.code().value().equals(subject.code().country());
  }

  /** The military of the bare country {@code place} is coded as. */
  private static Found armyOf(Found place) {
    return new Found(ActorCode.of(place.code().value() + "MIL"), place.at(), place.text());
  }
}
