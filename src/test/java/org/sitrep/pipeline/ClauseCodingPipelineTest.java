package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * The clause coder's readings as the article pipeline delivers them, next to the PETRARCH patterns,
 * on hand-built annotations ({@link HandAnnotator}: real dictionaries and dependency converter, no
 * CoreNLP models): reported speech, event nouns, light verbs and co-subjects.
 */
class ClauseCodingPipelineTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 11);

  private static List<Event> code(HandAnnotator annotator, String text) {
    Article article =
        new Article(
            "hand",
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "hand-built");
    return new ArticleCoder(annotator, Dictionaries.current()).code(article).events();
  }

  private static String dyad(Event e) {
    return e.source().code()
        + ">"
        + e.target().map(t -> t.code().value()).orElse("-")
        + " "
        + e.code();
  }

  @Test
  void codesAReportedBarrageAgainstTheClaimantAndAttributesItToTheClaimant() {
    List<Event> events =
        code(
            new HandAnnotator()
                .sentence(
                    "Kyiv/NNP/LOCATION said/VBD Russia/NNP/LOCATION fired/VBD/O/fire"
                        + " 90/CD/NUMBER missiles/NNS/O/missile .",
                    "(ROOT (S (NP (NNP Kyiv)) (VP (VBD said) (SBAR (S (NP (NNP Russia)) (VP (VBD"
                        + " fired) (NP (CD 90) (NNS missiles)))))) (. .)))"),
            "Kyiv said Russia fired 90 missiles.");

    assertThat(events)
        .filteredOn(e -> e.root().equals("19"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(dyad(e)).isEqualTo("RUSMIL>UKR 195");
              assertThat(e.claimedBy()).map(c -> c.code().value()).contains("UKR");
            });
  }

  @Test
  void codesTalksHeldWithSomeoneAsConsultation() {
    List<Event> events =
        code(
            new HandAnnotator()
                .sentence(
                    "Zelenskyy/NNP/PERSON held/VBD/O/hold talks/NNS/O/talk with/IN"
                        + " Erdogan/NNP/PERSON .",
                    "(ROOT (S (NP (NNP Zelenskyy)) (VP (VBD held) (NP (NP (NNS talks)) (PP (IN"
                        + " with) (NP (NNP Erdogan))))) (. .)))"),
            "Zelenskyy held talks with Erdogan.");

    assertThat(events).extracting(ClauseCodingPipelineTest::dyad).contains("UKRGOV>TURGOV 040");
    assertThat(events).allSatisfy(e -> assertThat(e.root()).isEqualTo("04"));
  }

  @Test
  void codesTalksBetweenTwoCountriesOnceFromTheCountryNamedFirst() {
    List<Event> events =
        code(
            new HandAnnotator()
                .sentence(
                    "Talks/NNS/O/talk between/IN Russia/NNP/LOCATION and/CC Ukraine/NNP/LOCATION"
                        + " resumed/VBD/O/resume .",
                    "(ROOT (S (NP (NP (NNS Talks)) (PP (IN between) (NP (NNP Russia) (CC and)"
                        + " (NNP Ukraine)))) (VP (VBD resumed)) (. .)))"),
            "Talks between Russia and Ukraine resumed.");

    assertThat(events)
        .extracting(ClauseCodingPipelineTest::dyad)
        .containsExactly("RUSGOV>UKRGOV 040");
  }

  @Test
  void neverCodesTwoCoSubjectsOfACondemnationAsItsDyad() {
    List<Event> events =
        code(
            new HandAnnotator()
                .sentence(
                    "North/NNP/LOCATION Korea/NNP/LOCATION fired/VBD/O/fire a/DT missile/NN .",
                    "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBD fired) (NP (DT a) (NN"
                        + " missile))) (. .)))")
                .sentence(
                    "Japan/NNP/LOCATION and/CC Australia/NNP/LOCATION condemned/VBD/O/condemn"
                        + " the/DT test/NN .",
                    "(ROOT (S (NP (NNP Japan) (CC and) (NNP Australia)) (VP (VBD condemned) (NP"
                        + " (DT the) (NN test))) (. .)))"),
            "North Korea fired a missile. Japan and Australia condemned the test.");

    assertThat(events)
        .filteredOn(e -> e.sentence() == 1)
        .extracting(ClauseCodingPipelineTest::dyad)
        .doesNotContain("JPN>AUS 111", "AUS>JPN 111")
        .contains("JPNGOV>PRK 111", "AUSGOV>PRK 111");
  }

  @Test
  void anAppealToNoOneIsNoEvent() {
    List<Event> events =
        code(
            new HandAnnotator()
                .sentence(
                    "Biden/NNP/PERSON urged/VBD/O/urge calm/NN .",
                    "(ROOT (S (NP (NNP Biden)) (VP (VBD urged) (NP (NN calm))) (. .)))"),
            "Biden urged calm.");

    assertThat(events).isEmpty();
  }
}
