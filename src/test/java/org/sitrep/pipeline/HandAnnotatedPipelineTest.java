package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.SentenceDiagnostic;

/**
 * The pipeline's composition and its rules after the coder, run on hand-built annotations through
 * the {@link org.sitrep.annotate.Annotator} interface: no CoreNLP models, milliseconds per test.
 */
class HandAnnotatedPipelineTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 11);

  private static CodedArticle code(HandAnnotator annotator, String text) {
    Article article =
        new Article(
            "hand",
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "hand-built");
    return new ArticleCoder(annotator, Dictionaries.current()).code(article);
  }

  private static String dyad(Event e) {
    return e.source().code()
        + ">"
        + e.target().map(t -> t.code().value()).orElse("-")
        + " "
        + e.code();
  }

  @Test
  void codesAnAttackBetweenTwoCountriesAsMaterialConflict() {
    CodedArticle coded =
        code(
            new HandAnnotator()
                .sentence(
                    "Russia/NNP/LOCATION attacked/VBD/O Ukraine/NNP/LOCATION .",
                    "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))"),
            "Russia attacked Ukraine.");

    assertThat(coded.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source().code()).isEqualTo(ActorCode.of("RUSMIL"));
              assertThat(e.target())
                  .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo(ActorCode.of("UKR")));
              assertThat(e.root()).isEqualTo("19");
              assertThat(e.quadClass()).hasValue(4);
              assertThat(e.date()).isEqualTo(PUBLISHED);
              assertThat(e.datePrecision()).isEqualTo(DatePrecision.PUBLISHED);
              assertThat(e.evidence().text()).isEqualTo("Russia attacked Ukraine.");
            });
    assertThat(coded.parsed()).isEqualTo(1);
    assertThat(coded.diagnostics())
        .containsExactly(
            new SentenceDiagnostic(0, true, List.of(ActorCode.of("RUS"), ActorCode.of("UKR"))));
  }

  @Test
  void writesTheResolvedPronounIntoTheTreeSoTheCoderSeesWhoActs() {
    String text = "Zelenskyy met Tusk in Warsaw.\nHe criticized Russia.";
    CodedArticle coded =
        code(
            new HandAnnotator()
                .sentence(
                    "Zelenskyy/NNP/PERSON met/VBD/O Tusk/NNP/PERSON in/IN/O Warsaw/NNP/LOCATION .",
                    "(ROOT (S (NP (NNP Zelenskyy)) (VP (VBD met) (NP (NNP Tusk)) (PP (IN in) (NP (NNP Warsaw)))) (. .)))")
                .sentence(
                    "He/PRP/O criticized/VBD/O Russia/NNP/LOCATION .",
                    "(ROOT (S (NP (PRP He)) (VP (VBD criticized) (NP (NNP Russia))) (. .)))"),
            text);

    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 1)
        .extracting(HandAnnotatedPipelineTest::dyad)
        .containsExactly("UKRGOV>RUS 111");
  }

  @Test
  void leavesASentenceWithoutACodedVerbUnparsed() {
    CodedArticle coded =
        code(
            new HandAnnotator()
                .sentence(
                    "Russia/NNP/LOCATION and/CC/O Ukraine/NNP/LOCATION are/VBP/O neighbours/NNS/O .",
                    "(ROOT (S (NP (NNP Russia) (CC and) (NNP Ukraine)) (VP (VBP are) (NP (NNS neighbours))) (. .)))"),
            "Russia and Ukraine are neighbours.");

    assertThat(coded.events()).isEmpty();
    assertThat(coded.parsed()).isZero();
    assertThat(coded.diagnostics())
        .containsExactly(
            new SentenceDiagnostic(0, false, List.of(ActorCode.of("RUS"), ActorCode.of("UKR"))));
  }
}
