package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.geo.EventLocations;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Article;

/**
 * The event rules over loaded dictionaries, shared by every article and thread: which sentences are
 * worth parsing, and an {@link ArticleEvents} per article.
 *
 * <pre>{@code
 * SentenceEvents rules = new SentenceEvents(Dictionaries.current());
 * if (rules.mayHoldEvent(sentence, discourse.mentions(sentence.index()))) { ... }
 * }</pre>
 */
public final class SentenceEvents {
  private final SentenceCoder coder;
  private final ActorCoder actors;
  private final EventFactory factory = new EventFactory(GoldsteinScale.gdelt());
  private final PredicateLexicon lexicon = PredicateLexicon.bundled();
  private final VerbDefaults defaults;

  public SentenceEvents(Dictionaries dictionaries) {
    this.coder = new SentenceCoder(dictionaries);
    this.actors = new ActorCoder(dictionaries);
    this.defaults = new VerbDefaults(dictionaries.verbs());
  }

  VerbDefaults verbDefaults() {
    return defaults;
  }

  /** The actor lookup the rules use, for finding mentions with the same dictionaries. */
  public ActorCoder actors() {
    return actors;
  }

  SentenceCoder coder() {
    return coder;
  }

  EventFactory factory() {
    return factory;
  }

  PredicateLexicon lexicon() {
    return lexicon;
  }

  /** Codes the events of one article, whose publication date is {@code published}. */
  public ArticleEvents article(
      Article article, LocalDate published, Discourse discourse, EventLocations locations) {
    return new ArticleEvents(article, published, discourse, locations, this);
  }

  /**
   * The coders need an actor (or a group noun such as "protesters" or "the two sides") and an event
   * word of the clause lexicon, or a verb with a dictionary entry and two actors, or one actor and
   * a verb whose events need no target (appeals, intentions, shows of force); other sentences go
   * unparsed.
   */
  public boolean mayHoldEvent(AnnotatedSentence sentence, List<Mention> mentions) {
    long coded = mentions.stream().filter(m -> ActorCode.isActor(m.resolved().code())).count();
    // "Police shot dead five demonstrators": where no actor is named, group nouns are the
    // parties; where one is, counting its group nouns too sends a sentence in twenty-five more
    // to the parser (bench) for no event measured on the devset, samples or seed
    long parties =
        coded > 0
            ? coded
            : sentence.words().stream()
                .filter(w -> GroupNouns.isGroupNoun(w.lemma().toLowerCase(Locale.ROOT)))
                .count();
    if (parties < 1) {
      return false;
    }
    for (Word word : sentence.words()) {
      String lemma = word.lemma().toLowerCase(Locale.ROOT);
      // a light verb alone ("have", "make") holds no event: its event noun does
      if (lexicon.noun(lemma).isPresent() || lexicon.hasVerb(lemma)) {
        return true;
      }
      if (word.isVerb()
          && (parties >= 2
              ? actors.isCodedVerb(word.text())
              : actors.isSelfContainedVerb(word.text()))) {
        return true;
      }
    }
    return false;
  }
}
