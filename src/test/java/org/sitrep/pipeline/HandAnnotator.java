package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Word;
import org.sitrep.model.Article;

/**
 * An {@link Annotator} whose sentences and trees are written by hand, so the pipeline's rules can
 * be tested in milliseconds without the CoreNLP models. Each sentence is given as its tokens {@code
 * word/TAG/NER} (a token without a slash is punctuation tagged as itself) and its Penn Treebank
 * tree; tokens are found in the article text from left to right, so offsets are real.
 *
 * <pre>{@code
 * new HandAnnotator().sentence("Russia/NNP/LOCATION attacked/VBD/O Ukraine/NNP/LOCATION .",
 *     "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))")
 * }</pre>
 */
final class HandAnnotator implements Annotator {
  private final List<String> tokens = new ArrayList<>();
  private final List<String> trees = new ArrayList<>();

  HandAnnotator sentence(String tokenLine, String tree) {
    tokens.add(tokenLine);
    trees.add(tree);
    return this;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    List<AnnotatedSentence> sentences = new ArrayList<>();
    int cursor = 0;
    for (String line : tokens) {
      List<Word> words = new ArrayList<>();
      for (String token : line.trim().split(" +")) {
        String[] parts = token.split("/");
        int start = text.indexOf(parts[0], cursor);
        if (start < 0) {
          throw new IllegalArgumentException(
              "token " + parts[0] + " not in the text after " + cursor);
        }
        cursor = start + parts[0].length();
        String tag = parts.length > 1 ? parts[1] : parts[0];
        String ner = parts.length > 2 ? parts[2] : "O";
        words.add(
            new Word(
                parts[0], start, cursor, tag, parts[0], ner, Optional.empty(), Optional.empty()));
      }
      int start = words.get(0).start();
      int end = words.get(words.size() - 1).end();
      sentences.add(
          new AnnotatedSentence(sentences.size(), text.substring(start, end), start, end, words));
    }
    return new AnnotatedArticle(article, sentences, List.of());
  }

  @Override
  public Optional<String> parse(AnnotatedSentence sentence) {
    return Optional.of(trees.get(sentence.index()));
  }
}
