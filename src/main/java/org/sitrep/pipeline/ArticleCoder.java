package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Word;
import org.sitrep.coding.ActorCoder;
import org.sitrep.coding.CoderConfig;
import org.sitrep.coding.Dictionaries;
import org.sitrep.coding.Evaluations;
import org.sitrep.coding.EventDates;
import org.sitrep.coding.GoldsteinScale;
import org.sitrep.coding.Intentions;
import org.sitrep.coding.ParseTree;
import org.sitrep.coding.QuadClass;
import org.sitrep.coding.Quantities;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.coding.TreeReader;
import org.sitrep.coding.TreeSyntaxException;
import org.sitrep.discourse.Claims;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.discourse.MentionFinder;
import org.sitrep.discourse.NameResolver;
import org.sitrep.discourse.PronounResolver;
import org.sitrep.discourse.QuoteAttributor;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Design note. The per-article step is a pure function of the article and the loaded models, so
 * it runs unchanged in one thread, a pool, or a distributed worker. Its order: annotate every
 * sentence cheaply; find mentions and resolve pronouns; attribute quotes (and so "I"/"we" inside
 * them); parse only sentences with a coded verb and two actors, since the coder needs a verb and
 * a dyad; code each with the resolved pronouns written into its tree; then date, measure and
 * attribute each event from its sentence.
 */

/**
 * Turns one article into coded events and attributed quotes.
 *
 * <pre>{@code
 * ArticleCoder coder = new ArticleCoder(Annotator.shared(), Dictionaries.phoenix());
 * CodedArticle coded = coder.code(article);
 * }</pre>
 */
public final class ArticleCoder {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleCoder.class);
  // CAMEO 010 "make statement": recoded by its evaluation (Evaluations) or dropped; what was said
  // is kept as a quote and as the claim on the events it reports
  private static final String STATEMENT = "010";
  // roots whose events stand without a target: appeals and intentions to third parties, shows of
  // force ("North Korea test-fired a missile")
  private static final Set<String> SELF_CONTAINED_ROOTS = Set.of("02", "03", "15");
  private final Annotator annotator;
  private final SentenceCoder coder;
  private final ActorCoder actors;
  private final MentionFinder mentionFinder;
  private final Gazetteer gazetteer;
  private final PlaceFinder placeFinder;
  private final GoldsteinScale goldstein = GoldsteinScale.gdelt();
  private final Timings timings = new Timings();

  public ArticleCoder(Annotator annotator, Dictionaries dictionaries) {
    this(annotator, dictionaries, Gazetteer.shared());
  }

  public ArticleCoder(Annotator annotator, Dictionaries dictionaries, Gazetteer gazetteer) {
    this.annotator = annotator;
    this.gazetteer = gazetteer;
    this.placeFinder = new PlaceFinder(gazetteer);
    this.coder = new SentenceCoder(dictionaries);
    this.actors = new ActorCoder(dictionaries);
    this.mentionFinder = new MentionFinder(actors);
  }

  /** Where the time went so far, over all articles and threads. */
  public Timings timings() {
    return timings;
  }

  /**
   * Codes an article. It must carry a publication date: event dates and actor roles depend on it.
   *
   * @throws IllegalArgumentException when it has none
   */
  public CodedArticle code(Article article) {
    LocalDate published = article.published().orElseThrow(
        () -> new IllegalArgumentException(article.origin() + ": no publication date: give --date YYYY-MM-DD"));
    long t0 = System.nanoTime();
    AnnotatedArticle annotated = annotator.annotate(article);
    long t1 = System.nanoTime();
    timings.annotate.add(t1 - t0);

    List<List<Mention>> mentions = new ArrayList<>();
    for (AnnotatedSentence sentence : annotated.sentences()) {
      mentions.add(mentionFinder.find(sentence, published));
    }
    Discourse discourse = new Discourse(annotated, mentions);
    NameResolver.resolve(discourse);
    PronounResolver.resolve(discourse);
    List<QuoteAttributor.Attribution> attributions = QuoteAttributor.attribute(discourse);
    PronounResolver.resolveInQuotes(discourse,
        pronoun -> QuoteAttributor.speakerAt(discourse, attributions, pronoun.sentence(), pronoun.start()));
    QuoteAttributor.resolveFirstPerson(discourse, attributions);
    List<Quote> quotes = QuoteAttributor.quotes(discourse, attributions);
    long t2 = System.nanoTime();
    timings.discourse.add(t2 - t1);
    EventLocations locations = new EventLocations(gazetteer, discourse,
        placeFinder.find(annotated.sentences(), mentions));
    timings.places.add(System.nanoTime() - t2);

    List<Event> events = new ArrayList<>();
    int parsed = 0;
    StoryDates dates = new StoryDates(published);
    for (AnnotatedSentence sentence : annotated.sentences()) {
      dates.read(sentence.words());
      if (!mayHoldEvent(sentence, discourse.mentions(sentence.index()))) {
        continue;
      }
      long p0 = System.nanoTime();
      Optional<String> tree = annotator.parse(sentence);
      timings.parse.add(System.nanoTime() - p0);
      if (tree.isEmpty()) {
        continue;
      }
      parsed++;
      long c0 = System.nanoTime();
      events.addAll(codeSentence(article, sentence, tree.get(), discourse, attributions, published, dates, locations));
      timings.code.add(System.nanoTime() - c0);
    }
    timings.articles.increment();
    timings.sentences.add(annotated.sentences().size());
    timings.parsed.add(parsed);
    List<Sentence> sentences = annotated.sentences().stream()
        .map(s -> new Sentence(s.index(), s.text(), s.start(), s.end()))
        .toList();
    return new CodedArticle(article, sentences, events, quotes, parsed);
  }

  /**
   * The coder needs a verb with a dictionary entry and two actors, or one actor and a verb whose
   * events need no target (appeals, intentions, shows of force); other sentences go unparsed.
   */
  private boolean mayHoldEvent(AnnotatedSentence sentence, List<Mention> mentions) {
    long coded = mentions.stream().filter(m -> isCode(m.resolved().code())).count();
    if (coded < 1) {
      return false;
    }
    for (Word word : sentence.words()) {
      if (word.isVerb() && (coded >= 2 ? actors.isCodedVerb(word.text()) : actors.isSelfContainedVerb(word.text()))) {
        return true;
      }
    }
    return false;
  }

  private List<Event> codeSentence(
      Article article, AnnotatedSentence sentence, String tree, Discourse discourse,
      List<QuoteAttributor.Attribution> attributions, LocalDate published, StoryDates dates,
      EventLocations locations) {
    Map<Integer, List<String>> replacements = new HashMap<>();
    Map<Integer, Mention> mentionAt = new HashMap<>();
    for (Mention m : discourse.mentions(sentence.index())) {
      mentionAt.put(m.start(), m);
      boolean surname = !m.isPronoun() && m.start() + 1 == m.end();
      boolean description = !m.isPronoun() && m.start() + 1 < m.end();
      if ((m.isPronoun() || surname || description) && m.referent().isPresent() && isCode(m.resolved().code())) {
        List<String> words = new ArrayList<>(afterPossessive(m.resolved().words()));
        if (sentence.words().get(m.start()).tag().equals("PRP$")) {
          // "its air defences" becomes "Russia's defence ministry's air defences"
          words.add(LeafSubstitution.POSSESSIVE);
        }
        // a description's title word stands for the person: "the Republican leader" codes as Trump
        replacements.put(description ? m.end() - 1 : m.start(), words);
      }
    }
    LeafSubstitution substituted = LeafSubstitution.apply(tree, replacements);
    ParseTree parse;
    try {
      parse = TreeReader.read(substituted.tree());
    } catch (TreeSyntaxException e) {
      // the parser's own output: a failure here is a bug in the bracket escaping, not bad input
      throw new IllegalStateException("unreadable parse of sentence " + sentence.index() + ": " + e.getMessage(), e);
    }
    SentenceCoder.Result result = coder.code(parse, sentence.text(), published, CoderConfig.NEWS);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} sentence {}: {}\n  tree: {}\n  coded: {}", article.id(), sentence.index(), sentence.text(),
          substituted.tree(), result.events());
    }
    // one event per dyad and code in a sentence ("Both Trump and his allies said...")
    Map<String, Located> located = new LinkedHashMap<>();
    for (SentenceCoder.CodedEvent e : result.events()) {
      boolean noTarget = !isCode(Optional.of(e.target()));
      if (!isCode(Optional.of(e.source())) || (noTarget && !SELF_CONTAINED_ROOTS.contains(e.code().substring(0, 2)))) {
        continue;
      }
      int verb = substituted.original(e.verb());
      if (verb >= 0 && Intentions.isAvoided(sentence.words(), verb)) {
        continue;
      }
      String code = e.code();
      if (code.equals(STATEMENT)) {
        Optional<String> evaluation = Evaluations.recode(sentence.words(), verb);
        if (evaluation.isEmpty()) {
          continue;
        }
        code = evaluation.get();
      }
      Located event = new Located(e.source(), noTarget ? "" : e.target(), Intentions.code(code, sentence.words(), verb),
          substituted.original(e.verb()), substituted.original(e.sourceAt()), substituted.original(e.targetAt()),
          e.sourceText(), e.targetText());
      located.putIfAbsent(event.key(), event);
      for (Located also : Coordination.alsoTargets(event, sentence, discourse.mentions(sentence.index()))) {
        located.putIfAbsent(also.key(), also);
      }
    }
    if (located.values().stream().allMatch(e -> e.target().isEmpty())) {
      AidReports.find(sentence, discourse.mentions(sentence.index()),
          word -> Claims.claimant(discourse, attributions, sentence.index(), word))
          .ifPresent(aid -> {
            // the aid names whom the source's target-less event was for
            located.values().removeIf(e -> e.source().equals(aid.source()));
            located.put(aid.key(), aid);
          });
    }
    ClauseScope scope = ClauseScope.of(parse, substituted, sentence.words().size());
    List<Event> out = new ArrayList<>();
    for (Located e : located.values()) {
      out.add(event(article, sentence, e, discourse, attributions, mentionAt, published, scope, dates, locations));
    }
    return out;
  }

  private Event event(
      Article article, AnnotatedSentence sentence, Located located, Discourse discourse,
      List<QuoteAttributor.Attribution> attributions, Map<Integer, Mention> mentionAt, LocalDate published,
      ClauseScope scope, StoryDates dates, EventLocations locations) {
    EventDates.EventDate own = EventDates.of(sentence.words(), located.verb(), located.targetAt(), published,
        word -> scope.sameOrOuterClause(word, located.verb()));
    EventDates.EventDate date = dates.date(own, located.source(), located.target());
    Located e = located;
    if (!date.date().equals(published)) {
      // roles change with time: Trump on 2025-01-15 is president-elect even in a February article
      e = located.withCodes(onDate(mentionAt.get(located.sourceAt()), located.source(), date.date()),
          located.target().isEmpty() ? "" : onDate(mentionAt.get(located.targetAt()), located.target(), date.date()));
    }
    LOG.debug("  event {} dated {}", e, date);
    OptionalDouble score = goldstein.score(e.code());
    OptionalInt quad = score.isPresent() ? OptionalInt.of(QuadClass.of(e.code()).number()) : OptionalInt.empty();
    Optional<ActorRef> claimedBy = Claims.claimant(discourse, attributions, sentence.index(), e.verb())
        .flatMap(m -> QuoteAttributor.codeOf(discourse, m.resolved()).filter(c -> isCode(Optional.of(c)))
            .map(c -> new ActorRef(c, m.resolved().text())));
    return new Event(
        article.id(),
        sentence.index(),
        date.date(),
        date.precision(),
        new ActorRef(e.source(), text(sentence, mentionAt.get(e.sourceAt()), e.source(), e.sourceText())),
        e.target().isEmpty()
            ? Optional.empty()
            : Optional.of(new ActorRef(e.target(), text(sentence, mentionAt.get(e.targetAt()), e.target(), e.targetText()))),
        e.code(),
        quad,
        score,
        new Evidence(sentence.text(), sentence.start(), sentence.end()),
        Quantities.of(sentence, e.verb()),
        claimedBy,
        locations.of(sentence.index(), e, scope, discourse.mentions(sentence.index())));
  }

  /**
   * The actor's code on the event's date when the mention at its position names it (its code on
   * the publication date was {@code code}); otherwise {@code code}.
   */
  private String onDate(@Nullable Mention mention, String code, LocalDate date) {
    if (mention == null || mention.resolved().code().filter(code::equals).isEmpty()) {
      return code;
    }
    return actors.code(afterPossessive(mention.resolved().words()), date).filter(c -> isCode(Optional.of(c))).orElse(code);
  }

  /** "Biden's adviser Jake Sullivan" stands in the tree as "adviser Jake Sullivan": its head. */
  private static List<String> afterPossessive(List<String> words) {
    for (int k = words.size() - 1; k >= 0; k--) {
      String w = words.get(k);
      if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
        return words.subList(k + 1, words.size());
      }
    }
    return words;
  }

  /**
   * The words naming an actor as the article wrote them: the mention at the actor's position when
   * it names that actor, else the coder's words found in the sentence ("India and Pakistan":
   * the second member), else the coder's upper-cased words.
   */
  private static String text(AnnotatedSentence sentence, @Nullable Mention mention, String code, String coderText) {
    if (mention != null && mention.resolved().code().filter(code::startsWith).isPresent()) {
      return mention.resolved().text();
    }
    String words = coderText.replace(" '", "'").replace(" ’", "’").replace(" - ", "-");
    String sentenceText = sentence.text();
    int at = sentenceText.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
    if (!words.isEmpty() && at >= 0) {
      return sentenceText.substring(at, at + words.length());
    }
    return mention == null ? casedAsWritten(words, sentenceText) : mention.resolved().text();
  }

  /**
   * The coder's upper-cased words spelled as the sentence spells them, word by word, when they
   * are not one stretch of it ("THE RETURN OF ... FALLEN" is shown as written, not shouted).
   */
  static String casedAsWritten(String words, String sentenceText) {
    String lower = sentenceText.toLowerCase(Locale.ROOT);
    StringBuilder cased = new StringBuilder();
    for (String word : words.split(" ")) {
      int at = lower.indexOf(word.toLowerCase(Locale.ROOT));
      cased.append(cased.isEmpty() ? "" : " ")
          .append(at >= 0 && !word.isEmpty() ? sentenceText.substring(at, at + word.length())
              : word.toLowerCase(Locale.ROOT));
    }
    return cased.toString();
  }

  static boolean isCode(Optional<String> code) {
    return code.isPresent() && !code.get().isEmpty() && !code.get().contains("---") && !code.get().startsWith("\"")
        && code.get().toUpperCase(Locale.ROOT).equals(code.get());
  }
}
