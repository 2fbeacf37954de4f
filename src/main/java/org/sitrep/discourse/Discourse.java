package org.sitrep.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.annotate.Word;

/**
 * The article as the reference and quote rules see it: its sentences, the mentions of each
 * (pronouns resolved as far as possible) and its quotes.
 *
 * <pre>{@code discourse.mentions(3)  // the mentions of sentence 3}</pre>
 */
public final class Discourse {
  private final AnnotatedArticle article;
  private final List<List<Mention>> mentions;

  public Discourse(AnnotatedArticle article, List<List<Mention>> mentions) {
    this.article = Objects.requireNonNull(article, "article");
    this.mentions = new ArrayList<>();
    for (List<Mention> list : mentions) {
      this.mentions.add(new ArrayList<>(list));
    }
  }

  public AnnotatedArticle article() {
    return article;
  }

  public List<AnnotatedSentence> sentences() {
    return article.sentences();
  }

  public List<Mention> mentions(int sentence) {
    return List.copyOf(mentions.get(sentence));
  }

  void replace(Mention old, Mention resolved) {
    List<Mention> list = mentions.get(old.sentence());
    list.set(list.indexOf(old), resolved);
  }

  /** The quote that holds this word of this sentence, if any. */
  public Optional<QuoteSpan> quoteAt(int sentence, int word) {
    Word w = article.sentences().get(sentence).words().get(word);
    for (QuoteSpan quote : article.quotes()) {
      if (w.start() >= quote.start() && w.end() <= quote.end()) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  public boolean inQuote(Mention mention) {
    return quoteAt(mention.sentence(), mention.start()).isPresent();
  }

  /** Whether a line break lies between two character offsets: they are in different paragraphs. */
  public boolean paragraphBreakBetween(int from, int to) {
    String text = article.article().text();
    return text.substring(Math.max(0, Math.min(from, to)), Math.min(text.length(), Math.max(from, to))).indexOf('\n') >= 0;
  }
}
