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
 * A group noun adds its role to a bare country: "Serbian protesters" SRBCVL, "Thai jets" THAMIL.
 */

/** The actors a head word of a clause stands for, through the article's mentions. */
final class ClauseActors {
  /** An actor found for a word: its code, the word index it was found at and its text. */
  record Found(ActorCode code, int at, String text) {}

  private static final Set<String> MODIFIERS =
      Set.of("amod", "compound", "nmod:poss", "det", "nummod", "appos");
  private static final Set<String> PRONOUNS = Set.of("they", "them", "we", "us");
  private static final Set<String> SUPPORTERS = Set.of("supporter", "follower", "loyalist");
  private static final Set<String> ROLES_WITH_COUNTRY =
      Set.of("MIL", "CVL", "COP", "JUD", "LEG", "GOV", "REB", "SPY", "OPP", "MED", "BUS", "UAF");

  private static final Set<String> ARMED_ROLES = Set.of("MIL", "UAF", "REB");
  private static final Set<String> ARMED_GROUPS = Set.of("REB", "UAF", "INS");

  private final DependencyGraph graph;
  private final List<Mention> mentions;
  private final ArticleParties parties;
  private final PartyNouns partyNouns;

  ClauseActors(
      DependencyGraph graph,
      List<Mention> mentions,
      Discourse discourse,
      int sentence,
      List<ActorCode> storyPair) {
    this.graph = graph;
    this.mentions = mentions;
    this.parties = new ArticleParties(discourse, sentence, storyPair);
    this.partyNouns = new PartyNouns(graph, parties);
  }

  private List<Integer> conjunctModifiers(int head) {
    List<Integer> out = new ArrayList<>();
    for (var d : graph.dependents(head)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && !Sponsors.covers(mentions, graph.words(), d.dependent())) {
        out.add(d.dependent());
        out.addAll(graph.childrenByBase(d.dependent(), "conj"));
      }
    }
    return out;
  }

  /**
   * "they", "we" in what a speaker says are the speaker ("The Houthis said they had fired"); else
   * the latest actor before them in the sentence.
   */
  private List<Found> speaker(int pronoun) {
    // walk up from the pronoun's clause; a sentence has no more levels than words
    int clause = governingClause(pronoun);
    for (int step = 0; clause >= 0 && step < graph.size(); step++) {
      int speech = graph.governor(clause, "ccomp");
      if (speech >= 0) {
        for (int subject : graph.children(speech, "nsubj")) {
          // "Both sides said they would ...": the speakers may be a pair
          List<Found> found = subject == pronoun ? List.of() : single(subject);
          if (!found.isEmpty()) {
            return found.stream().map(f -> new Found(f.code(), pronoun, f.text())).toList();
          }
        }
      }
      clause = speech >= 0 ? speech : governingClause(clause);
    }
    return List.of();
  }

  private int governingClause(int word) {
    for (var d : graph.governors(word)) {
      if (d.governor() >= 0
          && (d.base().equals("nsubj")
              || d.base().equals("obj")
              || d.base().equals("nmod")
              || d.base().equals("obl"))) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The article's parties as seen from this sentence. */
  ArticleParties parties() {
    return parties;
  }

  /** "they", "us"; not "the US", which the tagger sometimes reads as the pronoun. */
  private boolean isPluralPronoun(int head) {
    String text = graph.word(head).text();
    return graph.word(head).tag().equals("PRP")
        && !text.equals("US")
        && PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT));
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
    String lemma = graph.lemma(head);
    Optional<List<Found>> story =
        partyNouns.describedOrStory(head, lemma, this::single, modifierActor(head).isPresent());
    if (story.isPresent()) {
      return story.get();
    }
    if (isPluralPronoun(head)) {
      List<Found> other = ObjectPronouns.antecedent(graph, head, this::single, this::covering);
      return other.isEmpty() ? speaker(head) : other;
    }
    Optional<Found> covering = covering(head);
    if (covering.isPresent()) {
      List<Found> found = new ArrayList<>(List.of(roleOfAdjectiveHead(head, covering.get())));
      // "Thai and Cambodian troops": the mention covers only the second country
      for (int also : conjunctModifiers(head)) {
        covering(also).ifPresent(f -> found.add(withRole(f, lemma)));
      }
      return found;
    }
    if (isCovered(head)) {
      // a mention that names no actor we can place ("aid groups"): nothing else to look for
      return List.of();
    }
    Optional<Found> modifier = modifierActor(head);
    if (modifier.isPresent()) {
      List<Found> found = new ArrayList<>();
      found.add(withRole(modifier.get(), lemma));
      // "Ukrainian and US officials"
      for (int also : conjunctModifiers(head)) {
        covering(also).ifPresent(f -> found.add(withRole(f, lemma)));
      }
      return found;
    }
    String family = GroupNouns.family(lemma);
    if (family != null && isDefiniteOrBare(head)) {
      Optional<Found> named = parties.lastInFamily(family, head);
      if (named.isPresent()) {
        return List.of(named.get());
      }
    }
    if (GroupNouns.isPartitive(lemma)) {
      for (int of : graph.obliques(head, "of")) {
        List<Found> inner = single(of);
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    Optional<Found> people = SUPPORTERS.contains(lemma) ? supportersOf(head) : Optional.empty();
    return people
        .or(() -> isDefiniteOrBare(head) ? partyNouns.ofHomeCountry(head, lemma) : Optional.empty())
        .map(List::of)
        .orElse(List.of());
  }

  /** "An Israeli drone struck": the parser may make the adjective the head, its noun a dep. */
  private Found roleOfAdjectiveHead(int head, Found country) {
    if (!graph.word(head).tag().equals("JJ")) {
      return country;
    }
    for (int dep : graph.children(head, "dep")) {
      // the tagger may read the noun as a verb too ("drone/VB")
      if (dep == head + 1 && GroupNouns.role(graph.lemma(dep)) != null) {
        return withRole(country, graph.lemma(dep));
      }
    }
    return country;
  }

  /** "supporters of Imran Khan": people of his country, not the man himself. */
  private Optional<Found> supportersOf(int head) {
    for (int of : graph.obliques(head, "of")) {
      for (Found inner : single(of)) {
        String country = inner.code().country();
        if (!country.startsWith("-") && !inner.code().value().startsWith("IGO")) {
          return Optional.of(
              new Found(ActorCode.of(country + "CVL"), head, graph.word(head).text()));
        }
      }
    }
    return Optional.empty();
  }

  /** "the army", "police", "protesters"; not "an army", "other protesters" or "his soldiers". */
  private boolean isDefiniteOrBare(int head) {
    for (var d : graph.dependents(head)) {
      String w = graph.word(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("nmod:poss")
          || w.equals("a")
          || w.equals("an")
          || w.equals("other")
          || w.equals("foreign")) {
        return false;
      }
    }
    return true;
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
    if (!ROLES_WITH_COUNTRY.contains(role) || isForeign(m)) {
      return Optional.empty();
    }
    Optional<String> country = Optional.empty();
    for (int k = m.start(); k < m.end() && country.isEmpty(); k++) {
      for (var d : graph.dependents(k)) {
        int mod = d.dependent();
        if (MODIFIERS.contains(d.relation())
            && (mod < m.start() || mod >= m.end())
            && !Sponsors.covers(mentions, graph.words(), mod)) {
          country = countryAt(mod);
          if (country.isPresent()) {
            break;
          }
        }
      }
    }
    for (int k = m.start(); k < m.end() && country.isEmpty(); k++) {
      // "a special envoy of US President Donald Trump", "the military governments of Mali"
      for (int of : graph.obliques(k, "of")) {
        country = country.or(() -> countryAt(of));
      }
    }
    if (country.isEmpty() && isDefiniteSingular(m)) {
      // "the president", "the 78-year-old general": the last actor named in that role
      Optional<Found> named = parties.lastInRole(role, m.start());
      if (named.isPresent()) {
        return Optional.of(new Found(named.get().code(), word, named.get().text()));
      }
    }
    return country
        .or(parties::homeCountry)
        .map(c -> new Found(ActorCode.of(c + role), word, m.resolved().text()));
  }

  /** "a foreign tanker": whoever it belongs to, not the story's country. */
  private boolean isForeign(Mention m) {
    for (int k = Math.max(0, m.start() - 2); k < m.end(); k++) {
      if (graph.word(k).text().equalsIgnoreCase("foreign")) {
        return true;
      }
    }
    return false;
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

  private boolean isCovered(int word) {
    return mentions.stream().anyMatch(m -> m.start() <= word && word < m.end());
  }

  /**
   * Whom a subject names as the doer: "its fighters" of Hezbollah, "the RSF's forces" act as the
   * group itself; elsewhere ("arrested several of its fighters") they stay the group's members.
   */
  List<Found> doers(int head) {
    String role = GroupNouns.role(graph.lemma(head));
    if (role != null && ARMED_ROLES.contains(role)) {
      for (var d : graph.dependents(head)) {
        Optional<Found> group =
            MODIFIERS.contains(d.relation()) ? armedGroupAt(d.dependent()) : Optional.empty();
        if (group.isPresent()) {
          return List.of(new Found(group.get().code(), head, group.get().text()));
        }
      }
    }
    return of(head);
  }

  /** A non-state armed group (REB, UAF) a mention covering the word names. */
  private Optional<Found> armedGroupAt(int word) {
    return namedAt(word).filter(f -> ARMED_GROUPS.contains(Dyads.role(f.code())));
  }

  /** The country of a mention with a full actor code covering the word. */
  private Optional<String> countryAt(int word) {
    return namedAt(word).map(f -> f.code().country());
  }

  /** The actor a mention covering the word names with a full code, no role placed by inference. */
  private Optional<Found> namedAt(int word) {
    for (Mention m : mentions) {
      if (m.start() <= word && word < m.end()) {
        return m.resolved()
            .code()
            .filter(c -> ActorCode.isActor(Optional.of(c)))
            .map(c -> new Found(ActorCode.of(c), word, m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  /**
   * An actor a modifier names itself ("Russian" drones), not a role word placed in the story's
   * country ("military" drills).
   */
  Optional<Found> namedModifierActor(int head) {
    return modifierActor(head).filter(f -> countryAt(f.at()).isPresent());
  }

  /** An actor among the word's modifiers: "Russian" drones, "Israel's" cabinet, "US" strikes. */
  Optional<Found> modifierActor(int head) {
    for (var d : graph.dependents(head)) {
      if (!MODIFIERS.contains(d.relation()) || d.dependent() == head) {
        continue;
      }
      if (Sponsors.covers(mentions, graph.words(), d.dependent())) {
        continue;
      }
      Optional<Found> m =
          covering(d.dependent()).or(() -> partyNouns.theCountry(d.dependent(), d.relation()));
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
  static Found withRole(Found country, String lemma) {
    return inRole(country, GroupNouns.roleWithCountry(lemma));
  }

  static Found inRole(Found country, @org.jspecify.annotations.Nullable String role) {
    if (role == null || country.code().value().length() != 3) {
      return country;
    }
    return new Found(ActorCode.of(country.code().value() + role), country.at(), country.text());
  }
}
