package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Dateline;
import org.sitrep.annotate.Dependency;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.ParseRepairs;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.ClauseScope;
import org.sitrep.coding.CoderConfig;
import org.sitrep.coding.Located;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.geo.EventLocations;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one article, sentence by sentence in reading order: each parsed sentence is coded,
 * and each event dated (from its clause, else the story so far), its actors given the codes they
 * held on that date, measured, attributed to its claimant and located.
 *
 * <pre>{@code
 * ArticleEvents events = sentenceEvents.article(article, published, discourse, locations);
 * for (AnnotatedSentence s : sentences) { events.read(s); ... events.code(s, tree, deps); }
 * }</pre>
 */
public final class ArticleEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleEvents.class);
  private final Article article;
  private final LocalDate published;
  private final Discourse discourse;
  private final EventLocations locations;
  private final StoryDates dates;
  private int previousEnd;
  private final SentenceCoder coder;
  private final ActorCoder actors;
  private final ActorNames names;
  private final EventFactory factory;
  private final PredicateLexicon lexicon;
  private final ImpliedAgents implied;
  private final VerbDefaults defaults;

  ArticleEvents(
      Article article,
      LocalDate published,
      Discourse discourse,
      EventLocations locations,
      SentenceEvents rules) {
    this.article = article;
    this.published = published;
    this.discourse = discourse;
    this.locations = locations;
    this.dates = new StoryDates(published);
    this.coder = rules.coder();
    this.actors = rules.actors();
    this.names = new ActorNames(actors);
    this.factory = rules.factory();
    this.lexicon = rules.lexicon();
    this.defaults = rules.verbDefaults();
    this.implied = new ImpliedAgents(lexicon);
  }

  /**
   * Reads the next sentence of the article, parsed or not: the dates it names count from here on.
   */
  public void read(AnnotatedSentence sentence) {
    dates.read(sentence.words(), startsParagraph(sentence));
  }

  private boolean startsParagraph(AnnotatedSentence sentence) {
    String text = article.text();
    int from = Math.max(0, Math.min(previousEnd, sentence.start()));
    boolean start = text.substring(from, Math.min(sentence.start(), text.length())).contains("\n");
    previousEnd = sentence.end();
    return start;
  }

  /** The events of a sentence, given its constituency tree and the dependencies derived from it. */
  public List<Event> code(AnnotatedSentence sentence, String tree, List<Dependency> dependencies) {
    List<Mention> mentions = discourse.mentions(sentence.index());
    ResolvedParse parse = ResolvedParse.of(sentence, tree, mentions);
    SentenceCoder.Result result =
        coder.code(parse.tree(), sentence.text(), published, CoderConfig.NEWS);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} sentence {}: {}\n  tree: {}\n  coded: {}",
          article.id(),
          sentence.index(),
          sentence.text(),
          parse.substitution().tree(),
          result.events());
    }
    Map<Integer, Mention> mentionAt = mentionAt(mentions);
    ClauseScope scope = ClauseScope.of(parse.tree(), parse.substitution(), sentence.words().size());
    DependencyGraph graph = repaired(sentence, dependencies);
    List<Located> clauses = clauseEvents(sentence, graph, mentions);
    Set<Integer> clauseVerbs = new HashSet<>();
    Set<String> clausePairs = new HashSet<>();
    Map<String, Located> located = new LinkedHashMap<>();
    List<Located> withAlso = new ArrayList<>();
    for (Located e : clauses) {
      withAlso.add(e);
      withAlso.addAll(Coordination.alsoTargets(e, sentence, mentions));
    }
    for (Located e : withAlso) {
      if (!e.target().isNone()) {
        clauseVerbs.add(e.verb());
      }
      clausePairs.add(e.source() + ">" + e.target());
      clausePairs.add(e.target() + ">" + e.source());
      located.putIfAbsent(e.dyadKey(), e);
    }
    ThingParties things = new ThingParties(graph, mentions, lexicon, actors);
    for (Located e : CodedDyads.of(result, parse.substitution(), sentence, discourse)) {
      refine(located, e);
      // the clause reading of a verb or a dyad supersedes the pattern's; co-subjects are never
      // a dyad; a pattern's target must belong to its verb's own clause (PatternGrounds)
      if (!clauseVerbs.contains(e.verb())
          && !clausePairs.contains(e.source() + ">" + e.target())
          && !Coordinated.pair(graph, mentions, e)
          && !Coordinated.placeOrThingTarget(graph, e)
          && !things.namesThing(e)
          && !Coordinated.sameParty(e)
          && PatternGrounds.holds(graph, e)
          && !isEventless(graph, e.verb())) {
        located.putIfAbsent(e.dyadKey(), e);
      }
    }
    dropUnwanted(located, graph, sentence);
    MutualTalks.tellOnce(located);
    FinerActors.keepFinest(located);
    implied.record(List.copyOf(located.values()));
    return events(sentence, located, mentionAt, scope, graph);
  }

  /** The sentence's events, each told once: sectors set may make a state's two acts one. */
  private List<Event> events(
      AnnotatedSentence sentence,
      Map<String, Located> located,
      Map<Integer, Mention> mentionAt,
      ClauseScope scope,
      DependencyGraph graph) {
    List<Event> out = new ArrayList<>();
    Set<String> told = new HashSet<>();
    for (Located e : located.values()) {
      Event event = event(sentence, Protests.recode(e, sentence.words()), mentionAt, scope, graph);
      // "Israel ... Israeli forces": the bare state's act is its army's, already told
      if (told.add(
          event.source().code() + ">" + event.target().map(ActorRef::code) + event.code())) {
        out.add(event);
      }
    }
    return out;
  }

  /** Every word of a mention: the clause coder places an actor at the phrase's head word. */
  private static Map<Integer, Mention> mentionAt(List<Mention> mentions) {
    Map<Integer, Mention> mentionAt = new HashMap<>();
    for (Mention m : mentions) {
      for (int k = m.start(); k < m.end(); k++) {
        mentionAt.putIfAbsent(k, m);
      }
    }
    return mentionAt;
  }

  /** "took place", "took effect": an idiom whose verb the patterns read as an act ("take" 17x). */
  private boolean isEventless(DependencyGraph graph, int verb) {
    return verb >= 0
        && verb < graph.size()
        && new Readings(lexicon, graph)
            .first(verb, VerbKeys.of(graph, verb))
            .filter(Readings::isEventless)
            .isPresent();
  }

  /**
   * A pattern that reads the clause's verb and dyad more finely keeps its code: "accused Russia of
   * war crimes" is 1124, not the clause coder's 112.
   */
  private static void refine(Map<String, Located> located, Located pattern) {
    Located clause = located.get(pattern.dyadKey());
    String fine = pattern.code().value();
    if (clause != null
        && clause.verb() == pattern.verb()
        && fine.length() > clause.code().value().length()
        && fine.startsWith(clause.code().value())) {
      located.put(pattern.dyadKey(), clause.withCode(pattern.code()));
    }
  }

  /**
   * Drops what is no event of the sentence: the outlet reporting, an appeal to no one, a dateline
   * place as a party, and a bare event whose aimed twin says it all ("Kabul vowed to respond to the
   * strikes"); then recodes force between a state and its own people (Dyads.domesticForce).
   */
  private static void dropUnwanted(
      Map<String, Located> located, DependencyGraph graph, AnnotatedSentence sentence) {
    int dateline = sentence.index() == 0 ? Dateline.length(sentence.words()) : 0;
    located
        .values()
        .removeIf(
            e ->
                Coordinated.reporter(graph, e)
                    || Coordinated.placeSource(graph, e)
                    || isUnaddressedAppeal(graph, e)
                    || e.sourceAt() < dateline && e.sourceAt() >= 0
                    || e.targetAt() < dateline && e.targetAt() >= 0);
    located.values().removeIf(e -> e.target().isNone() && hasAimedTwin(located.values(), e));
    // a crowd's force against its own state is a riot, police force against the crowd repression
    located.replaceAll((k, e) -> e.withCode(Dyads.domesticForce(e.source(), e.target(), e.code())));
  }

  private static boolean hasAimedTwin(java.util.Collection<Located> all, Located bare) {
    return all.stream()
        .anyMatch(
            e ->
                !e.target().isNone()
                    && e.source().equals(bare.source())
                    && e.code().root().equals(bare.code().root()));
  }

  /**
   * An appeal or an intent with no one it is addressed to ("urged calm") is not a dyad; an appeal
   * to people no actor code names ("urged member states to de-escalate") is kept without a target.
   */
  private static boolean isUnaddressedAppeal(DependencyGraph graph, Located e) {
    String root = e.code().root();
    if (!e.target().isNone()) {
      return false;
    }
    return root.equals("03") || root.equals("02") && !Addressees.unnamed(graph, e.verb());
  }

  /** The sentence's dependencies as the coder reads them, with the parser's slips repaired. */
  private static DependencyGraph repaired(AnnotatedSentence sentence, List<Dependency> deps) {
    return new DependencyGraph(sentence.words(), ParseRepairs.apply(sentence.words(), deps));
  }

  private List<Located> clauseEvents(
      AnnotatedSentence sentence, DependencyGraph graph, List<Mention> mentions) {
    ClauseActors clauseActors =
        new ClauseActors(graph, mentions, discourse, sentence.index(), implied.mainPair());
    return new ClauseEvents(lexicon, defaults, graph, clauseActors, implied).code();
  }

  /**
   * The date the event's own sentence gives it: from its clause or those around it, else from a
   * relative clause on the event or on what it acted on.
   */
  private EventDates.EventDate ownDate(
      AnnotatedSentence sentence,
      Located located,
      Map<Integer, Mention> mentionAt,
      ClauseScope scope,
      DependencyGraph graph) {
    EventDates.EventDate own =
        EventDates.of(
            sentence.words(),
            located.verb(),
            located.targetAt(),
            published,
            word -> scope.sameOrOuterClause(word, located.verb()),
            dates.anchor());
    if (own.precision() == DatePrecision.PUBLISHED) {
      own =
          EventDates.of(
              sentence.words(),
              located.verb(),
              located.targetAt(),
              published,
              RelativeDates.of(graph, located.verb(), mentionAt::containsKey),
              dates.anchor());
    }
    return own;
  }

  private Event event(
      AnnotatedSentence sentence,
      Located located,
      Map<Integer, Mention> mentionAt,
      ClauseScope scope,
      DependencyGraph graph) {
    EventDates.EventDate own = ownDate(sentence, located, mentionAt, scope, graph);
    EventDates.EventDate date = dates.date(own, located.source(), located.target());
    Located e = located;
    if (!date.date().equals(published)) {
      // roles change with time: Trump on 2025-01-15 is president-elect even in a February article
      e =
          located.withCodes(
              onDate(mentionAt.get(located.sourceAt()), located.source(), date.date()),
              located.target().isNone()
                  ? ActorCode.NONE
                  : onDate(mentionAt.get(located.targetAt()), located.target(), date.date()));
    }
    LOG.debug("  event {} dated {}", e, date);
    Optional<ActorRef> claimedBy =
        discourse
            .claimant(sentence.index(), e.verb())
            .flatMap(
                m ->
                    discourse
                        .codeOf(m.resolved())
                        .filter(c -> ActorCode.isActor(Optional.of(c)))
                        .map(c -> names.ref(ActorCode.of(c), m.resolved().text(), date.date())));
    ActorRef source =
        names.ref(
            StateSectors.source(speakingFor(e, claimedBy), e.code()),
            ActorText.of(sentence, mentionAt.get(e.sourceAt()), e.source(), e.sourceText()),
            date.date());
    Optional<ActorRef> target =
        e.target().isNone()
            ? Optional.empty()
            : Optional.of(
                names.ref(
                    StateSectors.target(e.target(), e.code()),
                    ActorText.of(sentence, mentionAt.get(e.targetAt()), e.target(), e.targetText()),
                    date.date()));
    EventFactory.Details details =
        new EventFactory.Details(
            Quantities.of(sentence, e.verb(), e.code().root()),
            claimedBy,
            locations.of(sentence.index(), e, scope, discourse.mentions(sentence.index())));
    return factory.event(
        new EventFactory.Where(article.id(), sentence.index(), evidence(sentence)),
        date.date(),
        date.precision(),
        source,
        target,
        e.code(),
        details);
  }

  /**
   * "Lavrov said Russia was ready to resume talks": what a government's own official says his
   * country says, intends or agrees to (roots 01-05) is the government's act, not the country's.
   */
  private static ActorCode speakingFor(Located e, Optional<ActorRef> claimant) {
    String root = e.code().root();
    return claimant
        .map(ActorRef::code)
        .filter(
            c ->
                e.source().value().length() == 3
                    && root.compareTo("06") < 0
                    && c.value().equals(e.source().value() + "GOV"))
        .orElse(e.source());
  }

  private static Evidence evidence(AnnotatedSentence sentence) {
    return new Evidence(sentence.text(), sentence.start(), sentence.end());
  }

  /**
   * The actor's code on the event's date when the mention at its position names it (its code on the
   * publication date was {@code code}); otherwise {@code code}.
   */
  private ActorCode onDate(@Nullable Mention mention, ActorCode code, LocalDate date) {
    if (mention == null || mention.resolved().code().filter(code.value()::equals).isEmpty()) {
      return code;
    }
    return actors
        .code(ActorText.afterPossessive(mention.resolved().words()), date)
        .filter(c -> ActorCode.isActor(Optional.of(c)))
        .map(ActorCode::of)
        .orElse(code);
  }
}
