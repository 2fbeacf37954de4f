package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.clauses.PredicateLexicon.Entry;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.CameoCode;

/*
 * Design note. The PETRARCH patterns code a verb with its subject and object where they sit in
 * the constituency tree; news hides most events from them: in reported speech ("Kyiv said Russia
 * fired 90 missiles"), in nouns ("held talks with", "Erdogan's visit to Baghdad") and behind
 * groups ("the two sides"). This coder reads the same parse as typed dependencies instead: every
 * verb with its subjects, objects and prepositional arguments, every event noun with its
 * possessor, modifiers and "on/with/between" phrases, each light verb through its object noun.
 * Codes come from the lexicon (clauses/predicates.txt); actors from the article's mentions
 * (ClauseActors). Speech verbs themselves code nothing here: what they report is coded where it
 * is said, and Claims names the speaker as its claimant.
 */

/** Events read from a sentence's dependencies, as {@link Located} events for ArticleEvents. */
final class ClauseEvents {
  private final PredicateLexicon lexicon;
  private final DependencyGraph graph;
  private final ClauseActors actors;
  private final ImpliedAgents implied;
  private final VerbDefaults defaults;
  private final Readings readings;
  private final SpokenVerdicts verdicts;
  private final ClauseSubjects doers;
  private final MediatedParties mediated;
  private final JudgedParties judged;
  private final ClauseDyads events = new ClauseDyads();
  private final Set<Integer> consumedNouns = new java.util.HashSet<>();
  // whether the targets just found came from a "between" phrase: then the act is reciprocal
  private boolean lastSlotWasBetween;

  ClauseEvents(
      PredicateLexicon lexicon,
      VerbDefaults defaults,
      DependencyGraph graph,
      ClauseActors actors,
      ImpliedAgents implied) {
    this.lexicon = lexicon;
    this.defaults = defaults;
    this.graph = graph;
    this.actors = actors;
    this.implied = implied;
    this.readings = new Readings(lexicon, graph);
    this.verdicts = new SpokenVerdicts(lexicon, graph);
    this.doers = new ClauseSubjects(graph, actors);
    this.mediated = new MediatedParties(graph, actors, doers);
    this.judged = new JudgedParties(graph, actors);
  }

  /** The sentence's events, verbs first, then nouns that no verb carried. */
  List<Located> code() {
    for (int v = 0; v < graph.size(); v++) {
      if (graph.isVerb(v) && isFact(v)) {
        verb(v);
        verdictsOf(v);
        String lemma = graph.lemma(v);
        // "Trump proposed ..." for a later "the proposal", whether or not it coded an event
        doers.of(v).stream().findFirst().ifPresent(d -> implied.rememberDeed(lemma, d));
      }
    }
    for (int n = 0; n < graph.size(); n++) {
      if (graph.isNoun(n) && !consumedNouns.contains(n) && !graph.isNegated(n)) {
        standaloneNoun(n);
      }
    }
    implied.rememberNouns(graph, actors);
    return events.all(graph);
  }

  private boolean isFact(int v) {
    return !graph.isNegated(v)
        && !graph.isHypothetical(v)
        && !graph.isWarnedAgainstOrAlleged(v)
        && !Intentions.isAvoided(graph.words(), v);
  }

  private void verb(int v) {
    String lemma = graph.lemma(v);
    List<Found> subjects = doers.of(v);
    if (subjects.isEmpty() && JudgedParties.draws(lemma)) {
      subjects = judged.drawingSubjects(v, this::partiesOfEvent);
    }
    Optional<ImpliedAgents.Told> told =
        subjects.isEmpty() ? implied.subjectEvent(v, graph, actors) : Optional.empty();
    subjects = told.map(ImpliedAgents.Told::doers).orElse(subjects);
    if (subjects.isEmpty()) {
      if (graph.isPassive(v)) {
        unnamedAgent(v);
      }
      return;
    }
    List<String> keys = VerbKeys.of(graph, v);
    // a reading of the verb with its particle, object or complement outranks its object noun
    Optional<Entry> specific = readings.first(v, keys.subList(0, keys.size() - 1));
    if (specific.filter(Readings::isEventless).isPresent()) {
      // "took place", "took effect": the verb tells no act of its own
      return;
    }
    if (specific.isEmpty() && heldEventNoun(v, lemma, subjects)) {
      return;
    }
    Optional<Entry> entry =
        specific.or(() -> readings.first(v, keys.subList(keys.size() - 1, keys.size())));
    boolean fallback = entry.isEmpty() && !lexicon.hasVerb(lemma);
    if (fallback) {
      entry = defaults.first(keys);
    }
    if (entry.isEmpty() || told.isPresent() && !told.get().sameKind(entry.get().code())) {
      // "the attacks ... told Tehran" is a misparse: an event noun does only what it is
      return;
    }
    // "suspended its partnership with Georgia": the verb's reading is the event, not its object's
    consumedNouns.addAll(readings.objects(v));
    List<Found> targets = targets(v, entry.get(), subjects);
    if (JudgedParties.isVerdict(entry.get().conditionClass())) {
      verdict(v, entry.get(), subjects, targets);
      return;
    }
    // "Washington brokered the truce", "a ceremony hosted by Trump": the mediated act's parties
    targets = mediated.of(v, entry.get().code(), subjects, targets);
    if (fallback && targets.isEmpty()) {
      // a dictionary default knows no target of its own: only a named one makes it an event
      return;
    }
    emit(
        subjects,
        targets,
        told.isPresent() ? told.get().sharpen(entry.get().code()) : entry.get().code(),
        v,
        entry.get().mutual(),
        entry.get().code().startsWith("045")
            || entry.get().targets().stream().allMatch("clause"::equals));
  }

  /** "launched an attack on", "held talks with": codes the object's event noun if it has one. */
  private boolean heldEventNoun(int v, String lemma, List<Found> subjects) {
    for (int held : ClauseSlots.eventObjects(graph, v)) {
      int object = NounKeys.eventHead(graph, lexicon, held);
      Optional<Entry> noun = NounKeys.reading(graph, lexicon, object);
      if (noun.isPresent()
          && !graph.isNegated(object)
          && !graph.isStopped(object)
          && (lexicon.isLight(lemma) || !lexicon.hasVerb(lemma))) {
        consumedNouns.add(object);
        lightVerb(v, object, noun.get(), subjects);
        return true;
      }
    }
    return false;
  }

  /** "called the strike a war crime": the object's doer, else the party the verdict implies. */
  private void verdict(int v, Entry entry, List<Found> subjects, List<Found> targets) {
    String code = judged.code(entry.code(), v, readings.objects(v));
    List<Found> parties =
        targets.isEmpty() ? judged.implied(v, subjects, CameoCode.of(code)) : targets;
    if (!parties.isEmpty()) {
      emit(subjects, parties, code, v, false);
    }
  }

  /** "Tsikhanouski was arrested": the state arrested him. */
  private void unnamedAgent(int v) {
    Optional<Entry> entry = readings.first(v, VerbKeys.of(graph, v));
    // "have overcome the impasse" read as a passive: an idiom that tells no act has no agent
    if (entry.isEmpty() || Readings.isEventless(entry.get())) {
      return;
    }
    CameoCode code = CameoCode.of(entry.get().code());
    for (Found target : targets(v, entry.get(), List.of())) {
      StateAgents.of(code, target, actors.parties().homeCountry(), v)
          .ifPresent(state -> emit(List.of(state), List.of(target), code.value(), v, false));
    }
  }

  /** "Kenya said the ransacking was a breach of law": the speaker judges whoever ransacked. */
  private void verdictsOf(int v) {
    for (SpokenVerdicts.Verdict verdict : verdicts.of(v)) {
      List<Found> judged = actors.of(verdict.subject());
      if (judged.isEmpty()) {
        judged = partiesOfEvent(verdict.subject());
      }
      if (!judged.isEmpty()) {
        emit(doers.of(v), judged, verdict.code(), verdict.predicate(), false);
      }
    }
  }

  private void lightVerb(int v, int noun, Entry entry, List<Found> subjects) {
    String lemma = graph.lemma(v);
    List<Found> agents = graph.isPassive(v) ? doers.agentsBy(v) : subjects;
    if (!lexicon.isLight(lemma)) {
      // "Poland reported a Russian attack": only a light verb lends its subject to the noun
      List<Found> own = NounSlots.agents(graph, actors, noun);
      agents = own.isEmpty() ? agents : own;
    }
    if (JudgedParties.draws(lemma)) {
      // "drew condemnation from Tokyo": Tokyo condemns the subject
      emit(judged.drawnFrom(v, noun), subjects, entry.code(), noun, false);
      return;
    }
    NounSlots.Targets targets = NounSlots.targets(graph, actors, noun, v, entry);
    lastSlotWasBetween = targets.between();
    emit(agents, targets.found(), entry.code(), v, entry.mutual());
  }

  /** A noun event no verb carries: "Erdogan's visit to Baghdad", "talks between A and B". */
  private void standaloneNoun(int n) {
    if (graph.isInHypothesis(n) || graph.isStopped(n)) {
      return;
    }
    Optional<Entry> entry = NounKeys.reading(graph, lexicon, n);
    if (entry.isEmpty()) {
      return;
    }
    List<Found> between = new ArrayList<>();
    for (int b : graph.obliques(n, "between")) {
      between.addAll(actors.of(b));
    }
    if (between.size() >= 2) {
      emit(between, List.of(), entry.get().code(), n, true);
      return;
    }
    List<Found> agents = NounSlots.agents(graph, actors, n);
    int at = n;
    int carrier = NounSlots.carryingVerb(graph, n);
    if (agents.isEmpty() && carrier >= 0 && isFact(carrier)) {
      // "discussed the war in a phone call with Pezeshkian": the call is the speaker's
      agents = doers.of(carrier);
      at = carrier;
    }
    boolean reference = graph.isDefiniteReference(n);
    String code = entry.get().code();
    boolean meetingOrFighting = code.startsWith("04") || code.startsWith("19");
    if (agents.isEmpty() && entry.get().mutual() && meetingOrFighting && isSubject(n)) {
      // "the clashes erupted on Thursday", "the talks lasted two hours": the story's two sides;
      // not when the noun names its other party ("talks with the United States were cancelled")
      if (!graph.obliques(n, "with").isEmpty()) {
        return;
      }
      List<Found> sides = actors.parties().mainTwo(n);
      if (sides.size() == 2
          && !(reference && implied.toldBefore(sides.get(0).code(), sides.get(1).code(), code))) {
        emit(sides, List.of(), code, n, true);
      }
      return;
    }
    if (agents.isEmpty()) {
      return;
    }
    List<Found> targets = NounSlots.targets(graph, actors, n, -1, entry.get()).found();
    if (targets.isEmpty()) {
      return;
    }
    if (reference && implied.toldBefore(agents.get(0).code(), targets.get(0).code(), code)) {
      // "in his call with Putin" after the call was reported: the same event again
      return;
    }
    emit(agents, targets, code, at, false);
  }

  private boolean isSubject(int n) {
    return graph.governors(n).stream().anyMatch(d -> d.base().equals("nsubj"));
  }

  /**
   * The targets in the entry's first slot that names one, skipping what names only the subjects
   * themselves ("suspended its partnership with Georgia": not "its", Georgia).
   */
  private List<Found> targets(int v, Entry entry, List<Found> subjects) {
    for (String slot : entry.targets()) {
      List<Found> found = new ArrayList<>();
      List<Integer> heads =
          switch (slot) {
            case "obj" -> readings.objects(v);
            case "mutual" -> List.<Integer>of();
            case "iobj" -> graph.children(v, "iobj");
            case "clause" -> ClauseSlots.clauseSubjects(graph, v);
            case "owner" -> readings.objects(v);
            default -> ClauseSlots.prepositional(graph, lexicon, v, slot);
          };
      for (int h : heads) {
        if (slot.equals("owner")) {
          // "destroyed an Israeli tank": the army that owns it
          found.addAll(
              actors
                  .modifierActor(h)
                  .map(f -> List.of(ClauseActors.withRole(f, graph.lemma(h))))
                  .orElseGet(() -> NounSlots.launchers(graph, actors, h)));
        } else {
          List<Found> direct = actors.of(h);
          // "called for an end to the violations": whoever commits them
          boolean event =
              slot.equals("obj")
                  || slot.equals("clause")
                  || lexicon.inClass("ending", graph.lemma(h));
          // "condemned the attack": the story's aggressor, not the last one to attack
          Optional<Found> aggressor =
              entry.code().startsWith("11") && slot.equals("obj")
                  ? implied.condemnedAggressor(v, h, graph, actors, subjects)
                  : Optional.empty();
          found.addAll(
              aggressor
                  .map(List::of)
                  .orElse(direct.isEmpty() && event ? partiesOfEvent(h) : direct));
        }
      }
      found = Dyads.otherThanSubjects(subjects, found, CameoCode.of(entry.code()));
      if (!found.isEmpty()) {
        lastSlotWasBetween = slot.equals("between");
        return found;
      }
    }
    // "the army asked people to stay away": a state's appeal to the public is to its own
    return entry.code().startsWith("02") ? Addressees.publicOf(graph, v, subjects) : List.of();
  }

  private List<Found> partiesOfEvent(int object) {
    return implied.partiesOf(object, graph, actors);
  }

  private void emit(List<Found> sources, List<Found> targets, String code, int at, boolean both) {
    emit(sources, targets, code, at, both, false);
  }

  private void emit(
      List<Found> sources,
      List<Found> targets,
      String code,
      int at,
      boolean both,
      boolean targetless) {
    boolean betweenTargets = lastSlotWasBetween;
    lastSlotWasBetween = false;
    CameoCode cameo =
        CameoCode.of(
            Intentions.code(NounSlots.violentCode(graph, lexicon, at, code), graph.words(), at));
    // "the two sides agreed to free captives": with no target, each does it to the other
    boolean pairWord = sources.size() == 2 && sources.get(0).at() == sources.get(1).at();
    if (targets.isEmpty() && (both || pairWord) && sources.size() >= 2) {
      // "Pakistan and Afghanistan agreed to a ceasefire": a reciprocal act between co-subjects
      for (Found s : sources) {
        for (Found t : sources) {
          if (Dyads.differentParties(s, t)) {
            events.put(s, t, cameo, at, false);
          }
        }
      }
      return;
    }
    for (Found s : sources) {
      List<Found> aimedAt =
          targets.isEmpty()
              ? Dyads.ownPopulation(s, cameo, at).map(List::of).orElse(List.of())
              : targets;
      if (aimedAt.isEmpty()) {
        if (!cameo.needsTarget() || targetless || Dyads.addressesNoOne(cameo)) {
          events.put(s, null, cameo, at, false);
          continue;
        }
        if (!Dyads.storyImpliesTarget(cameo)) {
          continue;
        }
        List<Found> excluded = new ArrayList<>(sources);
        if (cameo.root().equals("11") && graph.isVerb(at)) {
          excluded.addAll(judged.namedInAsPhrase(at));
        }
        aimedAt =
            Dyads.domesticTarget(s, cameo, at)
                .or(() -> implied.answeredBy(s, cameo, at))
                .or(() -> actors.parties().otherParty(s, at, excluded))
                .or(() -> actors.parties().groundGivenTo(s, cameo, at))
                .map(List::of)
                .orElse(List.of());
      }
      boolean implied = targets.isEmpty();
      for (Found t : aimedAt) {
        if (Dyads.differentParties(s, t, cameo)) {
          events.put(s, t, cameo, at, implied);
          // "talks with A between B": reciprocal; "China mediated between A and B": not
          if (betweenTargets && !Dyads.isMediation(cameo)) {
            events.put(t, s, cameo, at, false);
          }
        }
      }
    }
  }
}
