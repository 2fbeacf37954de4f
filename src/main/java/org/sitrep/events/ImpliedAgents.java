package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/*
 * Design note. "Tokyo condemned the test" names the test, not who tested: the article said so
 * earlier ("North Korea fired a missile ..."). When the object of a verb is an event noun with no
 * actor of its own, its agent is the source of the article's most recent event, in this sentence
 * or before it. Only event nouns qualify: "condemned the decision" looks back, "condemned the
 * weather" does not.
 */

/** The agent of an event noun that names none: the source of the article's latest event. */
final class ImpliedAgents {
  private static final Set<String> EVENT_REFERENCES =
      Set.of(
          "test",
          "move",
          "decision",
          "remark",
          "comment",
          "statement",
          "launch",
          "step",
          "action",
          "measure",
          "vote",
          "ruling",
          "deployment",
          "incursion",
          "exercise",
          "drill",
          "plan",
          "proposal",
          "announcement",
          "policy",
          "operation",
          "offensive",
          "killing",
          "blast",
          "explosion",
          "bombing",
          "escalation",
          "provocation",
          "violation",
          "arrest",
          "detention",
          "sanction",
          "tariff",
          "restriction",
          "ban",
          "law",
          "bill",
          "order",
          "expulsion",
          "seizure",
          "raid",
          "verdict",
          "sentence",
          "demand",
          "threat",
          "ultimatum",
          "aggression",
          // "called it a bad day": an unresolved "it" or "this" is the act just told
          "it",
          "this");
  // words that point back at an event the lexicon knows by another noun: "the discussions" are the
  // talks told before, "the launch" the missile test
  private static final java.util.Map<String, String> REFERENTS =
      java.util.Map.of(
          "discussion", "talk",
          "dialogue", "talk",
          "consultation", "talk",
          "session", "meeting",
          "launch", "test");
  // words for what was said against someone: only a verb of accusing tells who said it
  private static final Set<String> CHARGES = Set.of("charge", "allegation", "claim");
  private static final Set<String> ENDINGS = Set.of("end", "halt", "stop", "cessation");
  // what is fired from afar: with no owner named, it is the latest striker's ("a drone hit a
  // block")
  private static final Set<String> PROJECTILES =
      Set.of("drone", "missile", "rocket", "shell", "projectile", "uav");
  private static final String STRIKE = "195";
  // "three were killed when missiles struck": the toll makes the strike news of its own
  private static final Set<String> TOLLS = Set.of("kill", "wound", "injure", "hurt", "die");
  private static final int REMEMBERED = 8;
  private final PredicateLexicon lexicon;
  private final Deque<Located> recent = new ArrayDeque<>();
  private final Set<String> told = new java.util.HashSet<>();
  // events told per pair of countries ("IRN|USA"), and each pair's latest, in order of telling
  private final java.util.Map<String, Integer> pairCounts = new java.util.HashMap<>();
  private final java.util.Map<String, Located> pairLatest = new java.util.LinkedHashMap<>();
  private final java.util.Map<String, Found> nounAgents = new java.util.HashMap<>();
  private final Deeds deeds = new Deeds();
  private final Aggressors aggressors = new Aggressors();
  private final ForceTally force;

  ImpliedAgents(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
    this.force = new ForceTally(lexicon);
  }

  /**
   * Whom verb {@code v}'s condemnation of force with no doer named judges: "Tehran condemned the
   * attack", "denounced it as aggression" judge the story's aggressor other than the judges.
   */
  Optional<Found> condemnedAggressor(
      int v, int head, DependencyGraph graph, ClauseActors actors, List<Found> judges) {
    String lemma = graph.lemma(head);
    boolean pointer = lemma.equals("it") || lemma.equals("this");
    boolean forceNamed =
        force.isForce(lemma)
            || pointer
                && graph.obliques(v, "as").stream().anyMatch(a -> force.isForce(graph.lemma(a)));
    // "denounced it as aggression": "it" is the act, whatever actor coreference found for it
    boolean named = !pointer && !actors.of(head).isEmpty();
    if (!forceNamed || named || !NounSlots.agents(graph, actors, head).isEmpty()) {
      return Optional.empty();
    }
    return force.aggressorFor(judges, head);
  }

  /**
   * Whether an earlier sentence of the article told an event of this dyad and root, between the
   * same countries: "the meeting" of USAGOV and IRN was told as the talks of USA and IRN.
   */
  boolean toldBefore(ActorCode source, ActorCode target, String code) {
    return told.contains(countryKey(source, target, CameoCode.of(code).root()));
  }

  private static String countryKey(ActorCode source, ActorCode target, String root) {
    return Located.dyadKey(
        ActorCode.of(source.country()),
        target.isNone() ? target : ActorCode.of(target.country()),
        root);
  }

  /**
   * The two parties the article has told most events between, latest actors first, mediation aside:
   * "the two sides" of a story (a mediator is named often, but is not a side).
   */
  List<ActorCode> mainPair() {
    // the most told dyad; among equals, the one told last (pairs are kept in order of last telling)
    Located best = null;
    int most = 0;
    for (var entry : pairLatest.entrySet()) {
      int count = pairCounts.getOrDefault(entry.getKey(), 0);
      if (count >= most) {
        most = count;
        best = entry.getValue();
      }
    }
    return best == null ? List.of() : List.of(best.source(), best.target());
  }

  /** Counts an event toward its pair of countries, when it is one between two of them. */
  private void countPair(Located e) {
    String s = e.source().country();
    String t = e.target().country();
    if (e.target().isNone()
        || s.equals(t)
        || s.startsWith("-")
        || t.startsWith("-")
        || Dyads.isMediation(e.code())) {
      return;
    }
    String key = s.compareTo(t) < 0 ? s + "|" + t : t + "|" + s;
    pairCounts.merge(key, 1, Integer::sum);
    pairLatest.remove(key);
    pairLatest.put(key, e);
  }

  /** Remembers a sentence's events, latest last. */
  void record(List<Located> events) {
    aggressors.record(events);
    force.record(events);
    for (Located e : events) {
      countPair(e);
      told.add(countryKey(e.source(), e.target(), e.code().root()));
      recent.addFirst(e);
      while (recent.size() > REMEMBERED) {
        recent.removeLast();
      }
    }
  }

  /** Whom a hostile word with no target answers: who last used force on the speaker's country. */
  Optional<Found> answeredBy(Found speaker, CameoCode code, int at) {
    return aggressors.answeredBy(speaker, code, at);
  }

  /** Remembers a verb the article told with its doer, whether or not it coded an event. */
  void rememberDeed(String verb, Found doer) {
    deeds.remember(verb, doer);
  }

  /**
   * Remembers who did what the sentence's event nouns named: "American air strikes" for later "the
   * strikes"; only actors named as such, not a role word placed in the story's country ("military
   * drills").
   */
  void rememberNouns(DependencyGraph graph, ClauseActors actors) {
    force.recordNouns(graph, actors);
    for (int n = 0; n < graph.size(); n++) {
      String lemma = graph.lemma(n);
      if (graph.isNoun(n) && (lexicon.noun(lemma).isPresent() || PROJECTILES.contains(lemma))) {
        actors.namedModifierActor(n).ifPresent(a -> nounAgents.put(lemma, a));
      }
    }
  }

  /** The doers of an event a clause's subject names, and the code of that event. */
  record Told(List<Found> doers, String code) {
    /** The event's own code where the verb says less: "the barrage targeted" 195, not 190. */
    String sharpen(String verbCode) {
      return sameKind(verbCode) && code.length() >= verbCode.length() ? code : verbCode;
    }

    /** Whether the verb tells an act of the event's kind: a barrage "targeted", a strike "hit". */
    boolean sameKind(String verbCode) {
      return code.startsWith(verbCode.substring(0, 2));
    }
  }

  /**
   * Who did the event the subject of verb {@code v} names ("the barrage had targeted a base"): its
   * own agent, else the doer of the latest event of its kind the article told; never a guess from
   * events of other kinds, and nothing for a passive, whose subject is what was done to.
   */
  Optional<Told> subjectEvent(int v, DependencyGraph graph, ClauseActors actors) {
    for (int head : graph.isPassive(v) ? List.<Integer>of() : graph.children(v, "nsubj")) {
      String lemma = graph.lemma(head);
      if (PROJECTILES.contains(lemma)) {
        return tollOf(v, graph) ? firedBy(head, graph, actors) : Optional.empty();
      }
      // "the clashes killed dozens": a mutual event has two doers, none of them the latest one
      Optional<String> code = lexicon.noun(lemma).filter(e -> !e.mutual()).map(e -> e.code());
      List<Found> doers = code.isEmpty() ? List.of() : NounSlots.agents(graph, actors, head);
      Found named = nounAgents.get(lemma);
      if (doers.isEmpty() && code.isPresent() && named != null) {
        doers = List.of(new Found(named.code(), head, named.text()));
      }
      if (code.isPresent() && doers.isEmpty()) {
        doers =
            latestOfKind(code.get().substring(0, 2))
                .map(e -> List.of(new Found(e.source(), head, e.sourceText())))
                .orElse(List.of());
      }
      if (!doers.isEmpty()) {
        return Optional.of(new Told(doers, code.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether verb {@code v} tells how a toll came about ("were killed when a drone hit"); elsewhere
   * a projectile with no owner mostly retells the strike just told ("missiles struck Isfahan").
   */
  private static boolean tollOf(int v, DependencyGraph graph) {
    for (var d : graph.governors(v)) {
      if (d.base().equals("advcl") && d.governor() >= 0) {
        int toll = d.governor();
        if (TOLLS.contains(graph.lemma(toll))
            || graph.governors(toll).stream()
                .anyMatch(
                    c ->
                        c.base().equals("conj")
                            && c.governor() >= 0
                            && TOLLS.contains(graph.lemma(c.governor())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Who fired a projectile a clause's subject names without its owner ("a drone hit a block of
   * flats"): whoever the article named as firing such projectiles ("Russian drones"), else the
   * source of the latest strike it told. A strike (195) is then the only act it can tell.
   */
  private Optional<Told> firedBy(int head, DependencyGraph graph, ClauseActors actors) {
    if (!NounSlots.agents(graph, actors, head).isEmpty()
        || !NounSlots.launchers(graph, actors, head).isEmpty()) {
      return Optional.empty();
    }
    Found named = nounAgents.get(graph.lemma(head));
    if (named != null) {
      return Optional.of(new Told(List.of(new Found(named.code(), head, named.text())), STRIKE));
    }
    return recent.stream()
        .filter(e -> e.code().value().startsWith(STRIKE))
        .findFirst()
        .map(e -> new Told(List.of(new Found(e.source(), head, e.sourceText())), STRIKE));
  }

  /**
   * The parties of an event an object names: "hosted talks between Russia and Ukraine", else who
   * did it ("condemned the test").
   */
  List<Found> partiesOf(int object, DependencyGraph graph, ClauseActors actors) {
    List<Found> between = new ArrayList<>();
    for (int b : graph.obliques(object, "between")) {
      between.addAll(actors.of(b));
    }
    return between.isEmpty() ? agentOf(object, graph, actors) : between;
  }

  /** Who did the event that word {@code head} names, when it names an event and no actor. */
  List<Found> agentOf(int head, DependencyGraph graph, ClauseActors actors) {
    String lemma = REFERENTS.getOrDefault(graph.lemma(head), graph.lemma(head));
    if (CHARGES.contains(lemma)) {
      // "Kigali denied the charge": whoever accused, else no one we know
      return deeds
          .doerOf(lemma)
          .map(d -> List.of(new Found(d.code(), head, d.text())))
          .orElse(List.of());
    }
    if (ENDINGS.contains(lemma)) {
      // "called for an end to the violations": who commits them, not who would end them
      List<Integer> ended = new ArrayList<>(graph.obliques(head, "to"));
      ended.addAll(graph.obliques(head, "of"));
      return ended.isEmpty() ? List.of() : agentOf(ended.get(0), graph, actors);
    }
    if (!EVENT_REFERENCES.contains(lemma) && lexicon.noun(lemma).isEmpty()) {
      return List.of();
    }
    List<Found> own = NounSlots.agents(graph, actors, head);
    if (!own.isEmpty()) {
      return own;
    }
    Found named = nounAgents.get(lemma);
    if (named == null) {
      named = deeds.doerOf(lemma).orElse(null);
    }
    if (named != null) {
      return List.of(new Found(named.code(), head, named.text()));
    }
    String root = lexicon.noun(lemma).map(PredicateLexicon.Entry::root).orElse("");
    boolean mutual = lexicon.noun(lemma).map(PredicateLexicon.Entry::mutual).orElse(false);
    Optional<Located> latest = latestOfKind(root);
    if (latest.isPresent()) {
      Located e = latest.get();
      if (mutual && !e.target().isNone()) {
        // "the talks": both sides held them
        return List.of(
            new Found(e.source(), head, e.sourceText()),
            new Found(e.target(), head, e.targetText()));
      }
      return List.of(new Found(e.source(), head, e.sourceText()));
    }
    List<Found> out = new ArrayList<>();
    for (Located e : recent) {
      if (!e.source().equals(ActorCode.NONE)) {
        out.add(new Found(e.source(), head, e.sourceText()));
        break;
      }
    }
    return out;
  }

  /** The latest event told whose CAMEO root is {@code root}; any event for an empty root. */
  private Optional<Located> latestOfKind(String root) {
    return recent.stream().filter(e -> root.isEmpty() || e.code().root().equals(root)).findFirst();
  }
}
