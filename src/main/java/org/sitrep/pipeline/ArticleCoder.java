package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Annotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.discourse.MentionFinder;
import org.sitrep.events.ArticleEvents;
import org.sitrep.events.SentenceEvents;
import org.sitrep.geo.EventLocations;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/*
 * Design note. The per-article step is a pure function of the article and the loaded models, so
 * it runs unchanged in one thread, a pool, or a distributed worker. Its order: annotate every
 * sentence cheaply; find mentions, resolve them and attribute quotes (discourse); find and resolve
 * the places named (geo); parse only sentences with a coded verb and two actors, since the coder
 * needs a verb and a dyad; code, date, measure, attribute and locate each one's events (events).
 */

/**
 * Turns one article into coded events and attributed quotes by composing the stages.
 *
 * <pre>{@code
 * ArticleCoder coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.phoenix());
 * CodedArticle coded = coder.code(article);
 * }</pre>
 */
public final class ArticleCoder {
  private final Annotator annotator;
  private final SentenceEvents events;
  private final MentionFinder mentionFinder;
  private final Gazetteer gazetteer;
  private final PlaceFinder placeFinder;
  private final Timings timings = new Timings();

  public ArticleCoder(Annotator annotator, Dictionaries dictionaries) {
    this(annotator, dictionaries, Gazetteer.shared());
  }

  public ArticleCoder(Annotator annotator, Dictionaries dictionaries, Gazetteer gazetteer) {
    this.annotator = annotator;
    this.gazetteer = gazetteer;
    this.placeFinder = new PlaceFinder(gazetteer);
    this.events = new SentenceEvents(dictionaries);
    this.mentionFinder = new MentionFinder(events.actors());
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
    LocalDate published =
        article
            .published()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        article.origin() + ": no publication date: give --date YYYY-MM-DD"));
    long t0 = System.nanoTime();
    AnnotatedArticle annotated = annotator.annotate(article);
    long t1 = System.nanoTime();
    timings.annotate.add(t1 - t0);
    List<List<Mention>> mentions = new ArrayList<>();
    for (AnnotatedSentence sentence : annotated.sentences()) {
      mentions.add(mentionFinder.find(sentence, published));
    }
    Discourse discourse = Discourse.analyse(annotated, mentions);
    long t2 = System.nanoTime();
    timings.discourse.add(t2 - t1);
    EventLocations locations =
        new EventLocations(gazetteer, discourse, placeFinder.find(annotated.sentences(), mentions));
    timings.places.add(System.nanoTime() - t2);
    ArticleEvents articleEvents = events.article(article, published, discourse, locations);
    List<Event> coded = new ArrayList<>();
    int parsed = 0;
    List<Integer> parsedSentences = new ArrayList<>();
    for (AnnotatedSentence sentence : annotated.sentences()) {
      articleEvents.read(sentence);
      if (!events.mayHoldEvent(sentence, discourse.mentions(sentence.index()))) {
        continue;
      }
      long p0 = System.nanoTime();
      Optional<String> tree = annotator.parse(sentence);
      timings.parse.add(System.nanoTime() - p0);
      if (tree.isPresent()) {
        parsed++;
        parsedSentences.add(sentence.index());
        long c0 = System.nanoTime();
        coded.addAll(articleEvents.code(sentence, tree.get(), annotator.dependencies(tree.get())));
        timings.code.add(System.nanoTime() - c0);
      }
    }
    timings.articles.increment();
    timings.sentences.add(annotated.sentences().size());
    timings.parsed.add(parsed);
    List<Sentence> sentences =
        annotated.sentences().stream()
            .map(s -> new Sentence(s.index(), s.text(), s.start(), s.end()))
            .toList();
    var diagnostics = SentenceDiagnostics.of(discourse, parsedSentences);
    return new CodedArticle(article, sentences, coded, discourse.quotes(), parsed, diagnostics);
  }
}
