package org.sitrep.discourse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.annotate.Word;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;

/**
 * Annotated articles built by hand, so the discourse rules can be tested without CoreNLP. Each
 * sentence is a line of tokens {@code word/TAG/NER[/lemma]} ({@code said/VBD/O/say}); a token
 * without a slash is punctuation tagged as itself ({@code “} is {@code ``}, {@code ”} is {@code
 * ''}). Tokens are found in the article text from left to right, so offsets are real; every {@code
 * “...”} pair of the text is a quote.
 *
 * <pre>{@code
 * DiscourseDraft d = HandBuilt.discourse("Putin spoke.", "Putin/NNP/PERSON spoke/VBD/O/speak .");
 * }</pre>
 */
public final class HandBuilt {
  static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 11);
  private static final MentionFinder FINDER =
      new MentionFinder(new ActorCoder(Dictionaries.current()));
  private static final Map<String, String> LEMMAS =
      Map.of("said", "say", "says", "say", "told", "tell");

  private HandBuilt() {}

  /** The article with its sentences and quotes, no mentions. */
  public static AnnotatedArticle article(String text, String... sentences) {
    List<AnnotatedSentence> out = new ArrayList<>();
    int cursor = 0;
    for (String tokens : sentences) {
      List<Word> words = new ArrayList<>();
      for (String token : tokens.trim().split(" +")) {
        Word word = word(text, token, cursor);
        words.add(word);
        cursor = word.end();
      }
      int start = words.get(0).start();
      int end = words.get(words.size() - 1).end();
      out.add(new AnnotatedSentence(out.size(), text.substring(start, end), start, end, words));
    }
    Article article =
        new Article(
            "hand",
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "hand-built");
    return new AnnotatedArticle(article, out, quotes(text));
  }

  /** The article with the mentions {@link MentionFinder} finds, pronouns not yet resolved. */
  static DiscourseDraft discourse(String text, String... sentences) {
    AnnotatedArticle article = article(text, sentences);
    List<List<Mention>> mentions = new ArrayList<>();
    for (AnnotatedSentence sentence : article.sentences()) {
      mentions.add(FINDER.find(sentence, PUBLISHED));
    }
    return new DiscourseDraft(article, mentions);
  }

  /**
   * The pipeline's order: pronouns outside quotes, quotes, pronouns inside quotes, "I" and "we".
   */
  static List<QuoteAttributor.Attribution> resolveAll(DiscourseDraft discourse) {
    PronounResolver.resolve(discourse);
    List<QuoteAttributor.Attribution> attributions = QuoteAttributor.attribute(discourse);
    PronounResolver.resolveInQuotes(
        discourse,
        p -> QuoteAttributor.speakerAt(discourse, attributions, p.sentence(), p.start()));
    QuoteAttributor.resolveFirstPerson(discourse, attributions);
    return attributions;
  }

  /** Index of the first word of the sentence that reads {@code text}. */
  static int wordIndex(DiscourseDraft discourse, int sentence, String text) {
    List<Word> words = discourse.sentences().get(sentence).words();
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).text().equals(text)) {
        return k;
      }
    }
    throw new AssertionError("sentence " + sentence + " has no word '" + text + "'");
  }

  /** The first mention of the sentence that reads {@code text}. */
  static Mention mention(DiscourseDraft discourse, int sentence, String text) {
    return discourse.mentions(sentence).stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "sentence "
                        + sentence
                        + " has no mention '"
                        + text
                        + "' in "
                        + discourse.mentions(sentence)));
  }

  private static Word word(String text, String token, int cursor) {
    String[] parts = token.split("/");
    String surface = parts.length == 0 || token.startsWith("/") ? token : parts[0];
    String tag;
    String ner = "O";
    String lemma;
    if (parts.length < 2) {
      tag = surface.equals("“") ? "``" : surface.equals("”") ? "''" : surface;
      lemma = surface;
    } else {
      tag = parts[1];
      ner = parts.length > 2 ? parts[2] : "O";
      lemma =
          parts.length > 3
              ? parts[3]
              : LEMMAS.getOrDefault(
                  surface.toLowerCase(Locale.ROOT), surface.toLowerCase(Locale.ROOT));
    }
    int start = text.indexOf(surface, cursor);
    if (start < 0 || !text.substring(cursor, start).isBlank()) {
      throw new IllegalArgumentException(
          "token '" + surface + "' does not follow offset " + cursor + " in: " + text);
    }
    return new Word(
        surface,
        start,
        start + surface.length(),
        tag,
        lemma,
        ner,
        Optional.empty(),
        Optional.empty());
  }

  private static List<QuoteSpan> quotes(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = text.indexOf('“');
    while (open >= 0) {
      int close = text.indexOf('”', open + 1);
      if (close < 0) {
        throw new IllegalArgumentException("quote opened at " + open + " is never closed: " + text);
      }
      out.add(new QuoteSpan(open + 1, close, text.substring(open + 1, close)));
      open = text.indexOf('“', close + 1);
    }
    return out;
  }
}
