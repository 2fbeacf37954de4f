package org.sitrep.discourse;

import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.model.Quote;

/**
 * The article as the later stages see it: the mentions of each sentence with names, descriptions,
 * pronouns and "I"/"we" inside quotes resolved, and each quote with its speaker. It is the one
 * result of the discourse stage and cannot be changed; {@link #analyse} owns the order of the
 * rules.
 *
 * <pre>{@code
 * Discourse discourse = Discourse.analyse(annotated, mentionsFound);
 * discourse.mentions(3);          // the resolved mentions of sentence 3
 * discourse.claimant(12, 7);      // who claims the event whose verb is word 7 of sentence 12
 * }</pre>
 */
public final class Discourse {
  private final DiscourseDraft resolved;
  private final List<QuoteAttributor.Attribution> attributions;
  private final Optional<String> homeCountry;

  private Discourse(DiscourseDraft resolved, List<QuoteAttributor.Attribution> attributions) {
    this.resolved = resolved;
    this.attributions = List.copyOf(attributions);
    this.homeCountry = HomeCountry.of(resolved);
  }

  /**
   * Resolves the mentions found in each sentence ({@link MentionFinder}) and attributes the quotes,
   * in this order: people described beside their names, names and descriptions of people,
   * descriptions of groups ("the militia"), pronouns outside quotes, quote speakers, pronouns
   * inside quotes (through the speaker), "I" and "we" inside quotes.
   */
  public static Discourse analyse(AnnotatedArticle article, List<List<Mention>> found) {
    DiscourseDraft draft = new DiscourseDraft(article, found);
    PersonDescriptions.resolve(draft);
    NameResolver.resolve(draft);
    GroupDescriptions.resolve(draft);
    PronounResolver.resolve(draft);
    List<QuoteAttributor.Attribution> attributions = QuoteAttributor.attribute(draft);
    PronounResolver.resolveInQuotes(
        draft,
        pronoun ->
            QuoteAttributor.speakerAt(draft, attributions, pronoun.sentence(), pronoun.start()));
    QuoteAttributor.resolveFirstPerson(draft, attributions);
    return new Discourse(draft, attributions);
  }

  public AnnotatedArticle article() {
    return resolved.article();
  }

  public List<AnnotatedSentence> sentences() {
    return resolved.sentences();
  }

  /**
   * The country the article is about ({@link HomeCountry}): the country of "the army" or "President
   * William Ruto" when no other is named with them.
   */
  public Optional<String> homeCountry() {
    return homeCountry;
  }

  /** The resolved mentions of a sentence, in the order of their words. */
  public List<Mention> mentions(int sentence) {
    return resolved.mentions(sentence);
  }

  /** The quote that holds this word of this sentence, if any. */
  public Optional<QuoteSpan> quoteAt(int sentence, int word) {
    return resolved.quoteAt(sentence, word);
  }

  /** Whether a line break lies between two character offsets: they are in different paragraphs. */
  public boolean paragraphBreakBetween(int from, int to) {
    return resolved.paragraphBreakBetween(from, to);
  }

  /**
   * Who claims the event whose verb is word {@code verb} of sentence {@code sentence}, if anyone.
   */
  public Optional<Mention> claimant(int sentence, int verb) {
    return Claims.claimant(resolved, attributions, sentence, verb);
  }

  /** The mention's actor code, or that of a title right before it ("Kremlin spokesman, Peskov"). */
  public Optional<String> codeOf(Mention mention) {
    return QuoteAttributor.codeOf(resolved, mention);
  }

  /** The article's quotes with their speakers, as output records. */
  public List<Quote> quotes() {
    return QuoteAttributor.quotes(resolved, attributions);
  }
}
