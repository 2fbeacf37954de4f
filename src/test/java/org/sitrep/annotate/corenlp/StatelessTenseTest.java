package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.Word;
import org.sitrep.model.Article;

@NeedsModels
class StatelessTenseTest {
  private static final LocalDate SATURDAY = LocalDate.of(2025, 8, 16);

  @Test
  void aPastVerbInOneArticleDoesNotChangeHowTheNextResolvesTheSameWeekday() {
    String future = "He travels to Paris on Monday.";
    List<String> before = times(future);

    times("Fighting erupted on Monday. The army struck on Monday.");

    assertThat(times(future)).isEqualTo(before).containsExactly("2025-08-18");
  }

  @Test
  void theSameArticleGetsTheSameTimesWhateverWasReadBeforeIt() {
    String article = "Talks began on Monday and would resume on Tuesday, officials said.";
    List<String> first = times(article);

    times("He will meet Putin on Monday. They met on Tuesday.");

    assertThat(times(article)).isEqualTo(first).isNotEmpty();
  }

  private static List<String> times(String text) {
    Article article =
        new Article(
            "t",
            Optional.of(SATURDAY),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "test");
    return CoreNlpAnnotator.shared().annotate(article).sentences().stream()
        .flatMap(sentence -> sentence.words().stream())
        .map(Word::timex)
        .flatMap(Optional::stream)
        .toList();
  }
}
