package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.model.Article;

@NeedsModels
class CoreNlpAnnotatorTest {
  @Test
  void aStretchWithoutSentenceEndsIsBrokenAtASpaceKeepingEveryOffset() {
    String text = "word ".repeat(2000);

    String broken = CoreNlpAnnotator.withSentenceBreaks(text);

    assertThat(broken).hasSameSizeAs(text).contains("\n");
    assertThat(broken.replace('\n', ' ')).isEqualTo(text);
  }

  @Test
  void ordinaryProseIsLeftAlone() {
    String text = "Russia attacked Ukraine. Kyiv said so!\nA headline\nMore text?";
    assertThat(CoreNlpAnnotator.withSentenceBreaks(text)).isSameAs(text);
  }

  @Test
  void anArticleOfEightThousandWordsWithoutFullStopsIsAnnotatedInSentencesOfBoundedLength() {
    String text = "officials in Kyiv said the talks with Moscow would resume soon and ".repeat(700);
    Article article =
        new Article(
            "long",
            Optional.of(LocalDate.of(2025, 4, 1)),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "long.txt");

    AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article);

    assertThat(annotated.sentences())
        .hasSizeGreaterThan(20)
        .allSatisfy(
            s ->
                assertThat(s.end() - s.start())
                    .isLessThanOrEqualTo(CoreNlpAnnotator.MAX_SENTENCE_CHARS + 100));
    AnnotatedSentence last = annotated.sentences().get(annotated.sentences().size() - 1);
    assertThat(text.substring(last.start(), last.end())).isEqualTo(last.text());
  }
}
