package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;

/*
 * Design note. A clause names its participants by the head word of a phrase; the actor is the
 * mention that covers that word, else one among its modifiers ("Russian drones", "Israel's
 * security cabinet", "Serbian protesters"), else the "of" phrase of a quantity ("thousands of
 * Serbs"), else, for "both countries" and "the two sides", the two parties the article named last.
 * A group noun adds its role to a bare country: "Serbian protesters" are SRBCVL, "Thai jets"
 * THAMIL.
 */

/** The actors a head word of a clause stands for, through the article's mentions. */
final class ClauseActors {
  /** An actor found for a word: its code, the word index it was found at and its text. */
  record Found(ActorCode code, int at, String text) {}

  private static final Set<String> MODIFIERS =
      Set.of("amod", "compound", "nmod:poss", "det", "nummod", "appos");
  private static final Set<String> PARTITIVES =
      Set.of(
          "thousand", "hundred", "dozen", "million", "some", "many", "member", "group", "number",
          "score", "most", "all", "part", "one", "two", "three", "several", "unit", "contingent");
  private static final Set<String> PAIRS =
      Set.of("country", "side", "leader", "nation", "government", "party", "neighbour",
          "neighbor", "capital", "delegation", "army", "minister", "president");
  private static final Map<String, String> GROUP_ROLES = groupRoles();
  private static final Set<String> ROLES_WITH_COUNTRY =
      Set.of("MIL", "CVL", "COP", "JUD", "LEG", "GOV", "REB", "SPY", "OPP", "MED", "BUS", "UAF");

  private final DependencyGraph graph;
  private final List<Mention> mentions;
  private final Discourse discourse;
  private final int sentence;

  ClauseActors(DependencyGraph graph, List<Mention> mentions, Discourse discourse, int sentence) {
    this.graph = graph;
    this.mentions = mentions;
    this.discourse = discourse;
    this.sentence = sentence;
  }

  private static Map<String, String> groupRoles() {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String w :
        List.of("protester", "demonstrator", "activist", "student", "civilian", "resident",
            "people", "villager", "worker", "voter", "citizen", "refugee", "crowd")) {
      roles.put(w, "CVL");
    }
    for (String w :
        List.of("rebel", "militant", "insurgent", "fighter", "gunman", "jihadist", "militia",
            "guerrilla", "separatist", "gang")) {
      roles.put(w, "REB");
    }
    for (String w :
        List.of("soldier", "troop", "force", "army", "military", "warplane", "jet", "navy",
            "drone", "artillery", "commander", "general", "battery", "unit", "warship")) {
      roles.put(w, "MIL");
    }
    for (String w : List.of("police", "officer", "policeman", "policemen")) {
      roles.put(w, "COP");
    }
    for (String w : List.of("lawmaker", "legislator", "parliament", "mp", "senator")) {
      roles.put(w, "LEG");
    }
    for (String w : List.of("prosecutor", "court", "judge")) {
      roles.put(w, "JUD");
    }
    for (String w :
        List.of("minister", "government", "official", "diplomat", "envoy", "ambassador",
            "leader", "president", "spokesman", "spokeswoman", "spokesperson", "ministry",
            "authority", "negotiator", "delegation", "cabinet", "administration")) {
      roles.put(w, "GOV");
    }
    return roles;
  }

  /** Whether a noun names a group an actor's role stands for: "protesters", "troops", "police". */
  static boolean isGroupNoun(String lemma) {
    return GROUP_ROLES.containsKey(lemma);
  }

  /** The actors word {@code head} stands for, with its conjuncts; empty when none is known. */
  List<Found> of(int head) {
    Map<String, Found> found = new LinkedHashMap<>();
    add(found, head);
    for (int conj : graph.childrenByBase(head, "conj")) {
      add(found, conj);
    }
    return new ArrayList<>(found.values());
  }

  private void add(Map<String, Found> found, int head) {
    for (Found f : single(head)) {
      found.putIfAbsent(f.code().value(), f);
    }
  }

  private List<Found> single(int head) {
    Optional<Found> covering = covering(head);
    if (covering.isPresent()) {
      return List.of(covering.get());
    }
    String lemma = graph.lemma(head);
    Optional<Found> modifier = modifierActor(head);
    if (modifier.isPresent()) {
      return List.of(withRole(modifier.get(), lemma));
    }
    if (PARTITIVES.contains(lemma)) {
      for (int of : graph.obliques(head, "of")) {
        List<Found> inner = single(of);
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    if (PAIRS.contains(lemma) && isPair(head)) {
      return lastTwoParties(head);
    }
    String role = GROUP_ROLES.get(lemma);
    if (role != null && isDefiniteOrBare(head)) {
      // "police", "the army", "protesters" with no country: the country the article is about
      return homeCountry()
          .map(c -> List.of(new Found(ActorCode.of(c + role), head, graph.word(head).text())))
          .orElse(List.of());
    }
    return List.of();
  }

  /** "the army", "police", "protesters"; not "an army", "other protesters" or "his soldiers". */
  private boolean isDefiniteOrBare(int head) {
    for (var d : graph.dependents(head)) {
      String w = graph.word(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("nmod:poss") || w.equals("a") || w.equals("an")
          || w.equals("other") || w.equals("foreign")) {
        return false;
      }
    }
    return true;
  }

  /** The country the article names most often, once the article has named one. */
  private Optional<String> homeCountry() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention m : discourse.mentions(s)) {
        Optional<String> code = m.resolved().code();
        if (ActorCode.isActor(code) && code.isPresent() && !code.get().startsWith("IGO")) {
          counts.merge(ActorCode.of(code.get()).country(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /**
   * The party a target-less hostile act is aimed at: the nearest actor of another country in this
   * sentence, else the latest one named before it ("Kyiv said Russia fired 90 missiles").
   */
  Optional<Found> otherParty(Found source, int at) {
    List<Mention> here = discourse.mentions(sentence);
    Optional<Found> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : here) {
      Optional<Found> f = asOther(m, source, at);
      int distance = Math.abs(m.start() - at);
      if (f.isPresent() && distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    for (int s = sentence - 1; s >= 0 && best.isEmpty(); s--) {
      List<Mention> before = discourse.mentions(s);
      for (int k = before.size() - 1; k >= 0 && best.isEmpty(); k--) {
        best = asOther(before.get(k), source, at);
      }
    }
    return best;
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

  /** The mention covering the word, if it names an actor. */
  Optional<Found> covering(int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        Optional<String> code = m.resolved().code();
        if (ActorCode.isActor(code) && code.isPresent()) {
          return Optional.of(new Found(ActorCode.of(code.get()), word, m.resolved().text()));
        }
        return code.flatMap(c -> roleOf(c, m, word));
      }
    }
    return Optional.empty();
  }

  /**
   * A role without a country ("the army" ---MIL, "civilians" ---CVL) takes its country from the
   * phrase's possessor or modifier ("Sudan's army", "his troops"), else from the article.
   */
  private Optional<Found> roleOf(String code, Mention m, int word) {
    String none = ActorCode.NONE.value();
    if (!code.startsWith(none) || code.length() < none.length() + 3) {
      return Optional.empty();
    }
    String role = code.substring(none.length(), none.length() + 3);
    if (!ROLES_WITH_COUNTRY.contains(role)) {
      return Optional.empty();
    }
    Optional<String> country = Optional.empty();
    for (int k = m.start(); k < m.end() && country.isEmpty(); k++) {
      for (var d : graph.dependents(k)) {
        int mod = d.dependent();
        if (MODIFIERS.contains(d.relation()) && (mod < m.start() || mod >= m.end())) {
          country = countryAt(mod);
          if (country.isPresent()) {
            break;
          }
        }
      }
    }
    if (country.isEmpty() && isDefiniteSingular(m)) {
      // "the president", "the 78-year-old general": the last actor named in that role
      Optional<Found> named = lastInRole(role, m);
      if (named.isPresent()) {
        return Optional.of(new Found(named.get().code(), word, named.get().text()));
      }
    }
    return country
        .or(this::homeCountry)
        .map(c -> new Found(ActorCode.of(c + role), word, m.resolved().text()));
  }

  private boolean isDefiniteSingular(Mention m) {
    int head = m.end() - 1;
    if (!graph.word(head).tag().equals("NN")) {
      return false;
    }
    for (int k = Math.max(0, m.start() - 4); k < m.end(); k++) {
      if (graph.word(k).text().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }

  /** The latest actor before the mention whose code has the role ("GOV" for "the president"). */
  private Optional<Found> lastInRole(String role, Mention before) {
    for (int s = sentence; s >= 0; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention m = here.get(k);
        Optional<String> code = m.resolved().code();
        if ((s == sentence && m.start() >= before.start())
            || !ActorCode.isActor(code)
            || code.isEmpty()) {
          continue;
        }
        String value = code.get();
        if (value.length() >= 6 && value.substring(3, 6).equals(role)) {
          return Optional.of(new Found(ActorCode.of(value), m.start(), m.resolved().text()));
        }
      }
    }
    return Optional.empty();
  }

  /** The country of a mention with a full actor code covering the word. */
  private Optional<String> countryAt(int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        Optional<String> code = m.resolved().code();
        return ActorCode.isActor(code) ? code.map(c -> ActorCode.of(c).country()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** An actor among the word's modifiers: "Russian" drones, "Israel's" cabinet, "US" strikes. */
  Optional<Found> modifierActor(int head) {
    for (var d : graph.dependents(head)) {
      if (!MODIFIERS.contains(d.relation()) || d.dependent() == head) {
        continue;
      }
      Optional<Found> m = covering(d.dependent());
      if (m.isPresent()) {
        return m;
      }
      if (d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
        Optional<Found> deeper = modifierActor(d.dependent());
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }

  /** A bare country from a modifier takes the role its group noun names: "Thai jets" THAMIL. */
  private static Found withRole(Found country, String lemma) {
    String role = GROUP_ROLES.get(lemma);
    if (role == null || country.code().value().length() != 3) {
      return country;
    }
    return new Found(ActorCode.of(country.code().value() + role), country.at(), country.text());
  }

  /** "both countries", "the two sides". */
  private boolean isPair(int head) {
    for (var d : graph.dependents(head)) {
      String w = graph.word(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("both") || w.equals("two")) {
        return true;
      }
    }
    return false;
  }

  /** The last two actors of different countries named before this word in the article. */
  private List<Found> lastTwoParties(int head) {
    List<Found> parties = new ArrayList<>();
    for (int s = sentence; s >= 0 && parties.size() < 2; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0 && parties.size() < 2; k--) {
        Mention m = here.get(k);
        Optional<String> code = m.resolved().code();
        if ((s == sentence && m.start() >= head) || !ActorCode.isActor(code) || code.isEmpty()) {
          continue;
        }
        ActorCode actor = ActorCode.of(code.get());
        if (parties.stream().noneMatch(p -> p.code().country().equals(actor.country()))) {
          parties.add(new Found(actor, head, m.resolved().text()));
        }
      }
    }
    return parties.size() == 2 ? parties : List.of();
  }
}
