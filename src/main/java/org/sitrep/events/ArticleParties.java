package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/**
 * The actors an article has named up to a sentence, for words that point back at them: "the bloc",
 * "the president", "both sides", the country a story is about, the other party of a hostile act.
 */
final class ArticleParties {
  /** The family of "the alliance": an international body other than the European Union. */
  static final String ALLIANCE = "ALLIANCE";

  private static final java.util.Set<String> INSURGENTS = java.util.Set.of("REB", "UAF", "INS");
  private final Discourse discourse;
  private final int sentence;
  private final List<ActorCode> storyPair;

  /** The parties seen from a sentence; {@code storyPair}: the dyad told most so far, if any. */
  ArticleParties(Discourse discourse, int sentence, List<ActorCode> storyPair) {
    this.discourse = discourse;
    this.sentence = sentence;
    this.storyPair = List.copyOf(storyPair);
  }

  /** The latest actor named before the word whose code belongs to a description's family. */
  Optional<Found> lastInFamily(String family, int head) {
    for (Mention m : actorsBefore(head)) {
      String value = m.resolved().code().orElseThrow();
      if (inFamily(family, value)) {
        return Optional.of(new Found(ActorCode.of(value), head, m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  private static boolean inFamily(String family, String code) {
    if (family.equals(ALLIANCE)) {
      return code.startsWith("IGO") && !code.startsWith("IGOEUR");
    }
    if (family.equals("IGO")) {
      return code.startsWith("IGO");
    }
    return !code.startsWith("IGO") && code.length() >= 6 && code.substring(3, 6).equals(family);
  }

  /** The country the article is about, when one country dominates it. */
  Optional<String> homeCountry() {
    return discourse.homeCountry();
  }

  /**
   * The party a target-less hostile act is aimed at: the nearest actor of another country in this
   * sentence, else the latest one named before it ("Kyiv said Russia fired 90 missiles").
   */
  Optional<Found> otherParty(Found source, int at, List<Found> excluded) {
    List<Mention> here = discourse.mentions(sentence);
    Optional<Found> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : here) {
      if (isDateline(sentence, m)) {
        continue;
      }
      Optional<Found> f =
          asOther(m, source, at).filter(o -> !among(o, excluded) && !isSponsor(sentence, m));
      int distance = Math.abs(m.start() - at);
      if (f.isPresent() && distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    for (int s = sentence - 1; s >= 0 && best.isEmpty(); s--) {
      best = otherIn(s, source, at, excluded);
    }
    return best;
  }

  /**
   * The other party an earlier sentence names: the first that is no object of a preposition, as the
   * doer of what it told usually is ("Hamas postponed the release of Israeli hostages"), else the
   * last one named.
   */
  private Optional<Found> otherIn(int s, Found source, int at, List<Found> excluded) {
    Optional<Found> last = Optional.empty();
    for (Mention m : discourse.mentions(s)) {
      if (isDateline(s, m)) {
        continue;
      }
      Optional<Found> f =
          asOther(m, source, at).filter(o -> !among(o, excluded) && !isSponsor(s, m));
      if (f.isPresent() && isSubjectLike(s, m)) {
        return f;
      }
      last = f.isPresent() ? f : last;
    }
    return last;
  }

  /** Not after a preposition ("at northern Israel", "in Rafah"). */
  private boolean isSubjectLike(int s, Mention m) {
    List<org.sitrep.annotate.Word> words = discourse.sentences().get(s).words();
    if (m.start() == 0) {
      return true;
    }
    String tag = words.get(m.start() - 1).tag();
    String before = m.start() > 1 ? words.get(m.start() - 2).tag() : "";
    return !tag.equals("IN") && !tag.equals("TO") && !(tag.equals("DT") && before.equals("IN"));
  }

  /** "GENEVA, May 12 -": where the story is told from, never a party of its events. */
  private boolean isDateline(int s, Mention m) {
    return s == 0
        && m.end() <= org.sitrep.annotate.Dateline.length(discourse.sentences().get(0).words());
  }

  /** "the Iran-backed movement": Iran sponsors the party, it is not the party. */
  private boolean isSponsor(int s, Mention m) {
    return Sponsors.follows(discourse.sentences().get(s).words(), m.end());
  }

  private static boolean among(Found f, List<Found> excluded) {
    return excluded.stream().anyMatch(e -> e.code().country().equals(f.code().country()));
  }

  private static Optional<Found> asOther(Mention m, Found source, int at) {
    Optional<String> code = m.resolved().code();
    if (!ActorCode.isActor(code) || code.isEmpty()) {
      return Optional.empty();
    }
    ActorCode actor = ActorCode.of(code.get());
    if (actor.country().equals(source.code().country())) {
      return Optional.empty();
    }
    return Optional.of(new Found(actor, at, m.resolved().text()));
  }

  /**
   * The latest armed group of the source's own country named up to {@code at}: whom a state's
   * forces give ground to at home ("the army pulled out of el-Fasher" after the RSF's siege).
   */
  Optional<Found> groundGivenTo(Found source, org.sitrep.model.CameoCode code, int at) {
    if (!Dyads.givesGround(source, code)) {
      return Optional.empty();
    }
    for (Mention m : actorsBefore(Integer.MAX_VALUE)) {
      ActorCode actor = ActorCode.of(m.resolved().code().orElseThrow());
      if (actor.country().equals(source.code().country())
          && INSURGENTS.contains(Dyads.role(actor))) {
        return Optional.of(new Found(actor, at, m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  /** The latest actor before the mention whose code has the role ("GOV" for "the president"). */
  Optional<Found> lastInRole(String role, int before) {
    for (Mention m : actorsBefore(before)) {
      String value = m.resolved().code().orElseThrow();
      if (value.length() >= 6 && value.substring(3, 6).equals(role)) {
        return Optional.of(new Found(ActorCode.of(value), m.start(), m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  /**
   * "Both sides", "the two leaders": the two parties of the dyad the article has told most events
   * of, else the two countries it has named most up to this word (ties go to the one named last),
   * each as its latest actor. A story of two parties names them far more often than its mediators
   * and bystanders, who may well be named last.
   */
  List<Found> mainTwo(int head) {
    return mainTwo(head, List.of());
  }

  /**
   * The story's two sides apart from {@code excluded}: "Washington and Paris brokered the truce"
   * between two others, never between themselves.
   */
  List<Found> mainTwo(int head, List<Found> excluded) {
    boolean pairExcluded =
        storyPair.stream().anyMatch(p -> among(new Found(p, head, ""), excluded));
    if (storyPair.size() == 2 && !pairExcluded) {
      return List.of(
          new Found(storyPair.get(0), head, storyPair.get(0).value()),
          new Found(storyPair.get(1), head, storyPair.get(1).value()));
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Found> latest = new LinkedHashMap<>();
    for (Mention m : actorsBefore(head)) {
      ActorCode actor = ActorCode.of(m.resolved().code().orElseThrow());
      if (actor.value().startsWith("IGO")
          || actor.country().startsWith("-")
          || among(new Found(actor, head, ""), excluded)) {
        continue;
      }
      counts.merge(actor.country(), 1, Integer::sum);
      latest.putIfAbsent(actor.country(), new Found(actor, head, m.resolved().text()));
    }
    if (latest.size() < 2) {
      return List.of();
    }
    // latest is in recency order; a stable sort by count keeps the more recent first on ties
    List<String> ranked = new ArrayList<>(latest.keySet());
    ranked.sort(Comparator.comparing((String c) -> counts.get(c)).reversed());
    return List.of(latest.get(ranked.get(0)), latest.get(ranked.get(1)));
  }

  /**
   * "The three juntas": the last {@code count} countries named before the word, as countries (the
   * noun says their role), in the order they were named; empty when the article has named fewer.
   */
  List<Found> lastCountries(int count, int head) {
    Map<String, Found> latest = new LinkedHashMap<>();
    for (Mention m : actorsBefore(head)) {
      ActorCode actor = ActorCode.of(m.resolved().code().orElseThrow());
      String country = actor.country();
      if (!actor.value().startsWith("IGO") && !country.startsWith("-")) {
        latest.putIfAbsent(country, new Found(ActorCode.of(country), head, m.resolved().text()));
      }
      if (latest.size() == count) {
        // in the order the article named them: "Mali, Burkina Faso and Niger" stays so
        List<Found> named = new ArrayList<>(latest.values());
        java.util.Collections.reverse(named);
        return named;
      }
    }
    return List.of();
  }

  /** The mentions naming actors before the word, latest first, back to the article's start. */
  private List<Mention> actorsBefore(int word) {
    List<Mention> found = new ArrayList<>();
    for (int s = sentence; s >= 0; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention m = here.get(k);
        Optional<String> code = m.resolved().code();
        if ((s != sentence || m.start() < word) && ActorCode.isActor(code) && code.isPresent()) {
          found.add(m);
        }
      }
    }
    return found;
  }
}
