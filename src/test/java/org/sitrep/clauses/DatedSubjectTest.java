package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/** The actor after "Late on Wednesday," is the subject of the main verb, not the date's. */
class DatedSubjectTest {
  // Late on Wednesday , Thailand recalled its ambassador and said ...
  private static final List<Word> WORDS =
      List.of(
          word("Late", "RB", ""),
          word("on", "IN", ""),
          word("Wednesday", "NNP", "2025-07-23"),
          word(",", ",", ""),
          word("Thailand", "NNP", ""),
          word("recalled", "VBD", ""),
          word("ambassador", "NN", ""),
          word("and", "CC", ""),
          word("said", "VBD", ""));

  @Test
  void anActorInAppositionToTheOpeningDateIsTheSubject() {
    List<Dependency> deps = parsedAsApposition();

    DatedSubject.repair(WORDS, deps);

    assertThat(deps)
        .contains(new Dependency(5, "nsubj", 4), new Dependency(8, "nsubj", 4))
        .doesNotContain(new Dependency(2, "appos", 4));
  }

  @Test
  void aVerbWithItsOwnSubjectKeepsIt() {
    List<Dependency> deps = parsedAsApposition();
    deps.add(new Dependency(5, "nsubj", 6));

    DatedSubject.repair(WORDS, deps);

    assertThat(deps).contains(new Dependency(2, "appos", 4));
  }

  private static List<Dependency> parsedAsApposition() {
    return new ArrayList<>(
        List.of(
            new Dependency(5, "advmod", 0),
            new Dependency(0, "obl:on", 2),
            new Dependency(2, "appos", 4),
            new Dependency(5, "obj", 6),
            new Dependency(5, "conj:and", 8),
            new Dependency(-1, "root", 5)));
  }

  private static Word word(String text, String tag, String timex) {
    return new Word(
        text,
        0,
        text.length(),
        tag,
        text.toLowerCase(java.util.Locale.ROOT),
        "O",
        timex.isEmpty() ? Optional.empty() : Optional.of(timex),
        Optional.empty());
  }
}
