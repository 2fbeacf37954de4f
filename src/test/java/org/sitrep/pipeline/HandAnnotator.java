package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.discourse.HandBuilt;
import org.sitrep.model.Article;

/**
 * An {@link Annotator} whose sentences and trees are written by hand, so the pipeline's rules can
 * be tested in milliseconds without the CoreNLP models. Each sentence is given as its tokens in
 * {@link HandBuilt}'s form ({@code word/TAG/NER[/lemma]}) and its Penn Treebank tree.
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
    AnnotatedArticle built = HandBuilt.article(article.text(), tokens.toArray(String[]::new));
    return new AnnotatedArticle(article, built.sentences(), built.quotes());
  }

  @Override
  public Optional<String> parse(AnnotatedSentence sentence) {
    return Optional.of(trees.get(sentence.index()));
  }

  /** CoreNLP's converter needs no model: the hand-written trees convert as parsed ones do. */
  @Override
  public List<Dependency> dependencies(String tree) {
    return CoreNlpAnnotator.dependenciesOf(tree);
  }
}
