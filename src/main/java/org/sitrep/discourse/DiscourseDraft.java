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
 * The working copy the reference and quote rules resolve in place, in the order {@link
 * Discourse#analyse} runs them: its sentences, the mentions of each (resolved as the rules go) and
 * its quotes. Only {@link Discourse} hands it out, read-only, once every rule has run.
 *
 * <pre>{@code draft.mentions(3)  // the mentions of sentence 3}</pre>
 */
final class DiscourseDraft {
  private final AnnotatedArticle article;
  private final List<List<Mention>> mentions;

  DiscourseDraft(AnnotatedArticle article, List<List<Mention>> mentions) {
    this.article = Objects.requireNonNull(article, "article");
    this.mentions = new ArrayList<>();
    for (List<Mention> list : mentions) {
      this.mentions.add(new ArrayList<>(list));
    }
  }

  AnnotatedArticle article() {
    return article;
  }

  List<AnnotatedSentence> sentences() {
    return article.sentences();
  }

  List<Mention> mentions(int sentence) {
    return List.copyOf(mentions.get(sentence));
  }

  void replace(Mention old, Mention resolved) {
    List<Mention> list = mentions.get(old.sentence());
    list.set(list.indexOf(old), resolved);
  }

  /** The quote that holds this word of this sentence, if any. */
  Optional<QuoteSpan> quoteAt(int sentence, int word) {
    Word w = article.sentences().get(sentence).words().get(word);
    for (QuoteSpan quote : article.quotes()) {
      if (w.start() >= quote.start() && w.end() <= quote.end()) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  boolean inQuote(Mention mention) {
    return quoteAt(mention.sentence(), mention.start()).isPresent();
  }

  /** Whether a line break lies between two character offsets: they are in different paragraphs. */
  boolean paragraphBreakBetween(int from, int to) {
    String text = article.article().text();
    return text.substring(
                Math.max(0, Math.min(from, to)), Math.min(text.length(), Math.max(from, to)))
            .indexOf('\n')
        >= 0;
  }
}
