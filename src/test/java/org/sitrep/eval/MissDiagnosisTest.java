package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.Fixtures.eventIn;
import static org.sitrep.eval.Fixtures.gold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.SentenceDiagnostic;

/**
 * Each missed gold event falls in the first bucket that holds, judged on a hand-built coded
 * article: its sentences, which were parsed, the actors each names and the events coded from each.
 */
class MissDiagnosisTest {
  private static final String MET = "Blinken met Kuleba in Kyiv on Tuesday.";
  private static final String LONG = "Biden, in a long speech, praised Zelensky and his people.";

  /** A coded article of the sentences given, built with {@link #sentence} and events. */
  private static CodedArticle coded(List<SentenceDiagnostic> diagnostics, Event... events) {
    String[] texts = {MET, LONG};
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      sentences.add(new Sentence(i, texts[i], text.length(), text.length() + texts[i].length()));
      text.append(texts[i]).append(' ');
    }
    Article article =
        new Article(
            "a1",
            Optional.of(LocalDate.of(2024, 11, 11)),
            Optional.empty(),
            Optional.empty(),
            text.toString(),
            Optional.empty(),
            "hand-built");
    int parsed = (int) diagnostics.stream().filter(SentenceDiagnostic::parsed).count();
    return new CodedArticle(article, sentences, List.of(events), List.of(), parsed, diagnostics);
  }

  private static SentenceDiagnostic sentence(int index, boolean parsed, String... actors) {
    return new SentenceDiagnostic(index, parsed, Arrays.stream(actors).map(ActorCode::of).toList());
  }

  /** Sentence 0 (MET) parsed with these actors, sentence 1 (LONG) parsed with none. */
  private static List<SentenceDiagnostic> metParsedWith(String... actors) {
    return List.of(sentence(0, true, actors), sentence(1, true));
  }

  private static MissCause causeOfMissing(GoldEvent gold, CodedArticle coded) {
    ArticleScore score = Scorer.score(new GoldArticle("a1", List.of(gold), List.of()), coded);
    assertThat(score.missed()).as("the gold event is missed").containsExactly(gold);
    return score.misses().get(0).cause();
  }

  @Test
  void aGoldEventWhoseSentenceIsNotInTheArticleIsSentenceNotFound() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", "Austin flew to Kyiv.");

    assertThat(causeOfMissing(g, coded(metParsedWith("USAGOV", "UKRGOV"))))
        .isEqualTo(MissCause.SENTENCE_NOT_FOUND);
  }

  @Test
  void aSentenceThatWasNotParsedIsSentenceNotParsedEvenWithBothActors() {
    GoldEvent g = gold("USAELI", "UKRGOV", "051", "", LONG);
    List<SentenceDiagnostic> longNotParsed =
        List.of(sentence(0, true), sentence(1, false, "USAELI", "UKRGOV"));

    assertThat(causeOfMissing(g, coded(longNotParsed))).isEqualTo(MissCause.SENTENCE_NOT_PARSED);
  }

  @Test
  void noActorOfTheSourcesCountryInTheSentenceIsSourceNotFound() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);

    assertThat(causeOfMissing(g, coded(metParsedWith("UKRGOV"))))
        .isEqualTo(MissCause.SOURCE_NOT_FOUND);
  }

  @Test
  void noActorOfTheTargetsCountryInTheSentenceIsTargetNotFound() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);

    assertThat(causeOfMissing(g, coded(metParsedWith("USAGOV"))))
        .isEqualTo(MissCause.TARGET_NOT_FOUND);
  }

  @Test
  void bothActorsFoundButNoEventCodedIsNoPredicateCoded() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);

    assertThat(causeOfMissing(g, coded(metParsedWith("USAGOVDIP", "UKRGOV"))))
        .isEqualTo(MissCause.NO_PREDICATE_CODED);
  }

  @Test
  void aGoldEventWithoutTargetSkipsTheTargetCheck() {
    GoldEvent g = gold("USAGOV", "", "040", "", MET);

    assertThat(causeOfMissing(g, coded(metParsedWith("USAGOV"))))
        .isEqualTo(MissCause.NO_PREDICATE_CODED);
  }

  @Test
  void anEventWithTheCountriesSwappedIsOtherDirection() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);

    assertThat(
            causeOfMissing(g, coded(metParsedWith(), eventIn(0, "UKRGOV", "USAGOV", "040", MET))))
        .isEqualTo(MissCause.OTHER_DIRECTION);
  }

  @Test
  void anEventWithTheSameCountriesButAnotherRootIsOtherRoot() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "070", "", MET);

    assertThat(causeOfMissing(g, coded(metParsedWith(), eventIn(0, "USA", "UKRMIL", "040", MET))))
        .isEqualTo(MissCause.OTHER_ROOT);
  }

  @Test
  void anEventBetweenOtherActorsIsOther() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);
    CodedArticle coded =
        coded(metParsedWith("USAGOV", "UKRGOV", "RUS"), eventIn(0, "RUS", "UKRGOV", "190", MET));

    assertThat(causeOfMissing(g, coded)).isEqualTo(MissCause.OTHER);
  }

  @Test
  void actorsOfTheSentencesEventsCountAsFoundAndIgoCodesCompareAsIgo() {
    GoldEvent g = gold("IGOEUREEC", "UKRGOV", "040", "", MET);
    CodedArticle coded = coded(metParsedWith("IGOWSTNAT"), eventIn(0, "UKRGOV", "RUS", "190", MET));

    assertThat(causeOfMissing(g, coded)).isEqualTo(MissCause.OTHER);
  }

  @Test
  void onlyTheEventsOfTheEvidenceSentenceCount() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "070", "", MET);
    CodedArticle coded =
        coded(metParsedWith("USAGOV", "UKRGOV"), eventIn(1, "USAGOV", "UKRGOV", "040", LONG));

    assertThat(causeOfMissing(g, coded)).isEqualTo(MissCause.NO_PREDICATE_CODED);
  }

  @Test
  void aGoldEvidenceOfTwoSentencesPoolsTheirActorsAndIsUnparsedOnlyIfBothAre() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET + " " + LONG);

    assertThat(
            causeOfMissing(
                g, coded(List.of(sentence(0, true, "USAGOV"), sentence(1, false, "UKRGOV")))))
        .isEqualTo(MissCause.NO_PREDICATE_CODED);
    assertThat(causeOfMissing(g, coded(List.of(sentence(0, false), sentence(1, false)))))
        .isEqualTo(MissCause.SENTENCE_NOT_PARSED);
  }

  @Test
  void matchedGoldEventsAreNotBucketedAndEveryBucketIsCounted() {
    GoldArticle gold =
        new GoldArticle(
            "a1",
            List.of(
                gold("USAGOV", "UKRGOV", "040", "", MET),
                gold("USAGOV", "UKRGOV", "070", "", MET),
                gold("USAELI", "UKRGOV", "051", "", LONG)),
            List.of());
    ArticleScore score =
        Scorer.score(
            gold,
            coded(
                List.of(sentence(0, true, "USAGOV", "UKRGOV"), sentence(1, false)),
                eventIn(0, "USAGOV", "UKRGOV", "040", MET)));

    assertThat(score.misses())
        .extracting(Miss::cause)
        .containsExactly(MissCause.OTHER_ROOT, MissCause.SENTENCE_NOT_PARSED);
    assertThat(score.missedByCause())
        .containsOnlyKeys(MissCause.values())
        .containsEntry(MissCause.OTHER_ROOT, 1)
        .containsEntry(MissCause.SENTENCE_NOT_PARSED, 1)
        .containsEntry(MissCause.OTHER, 0);
  }

  @Test
  void withoutDiagnosticsASentenceCountsAsParsedWithOnlyItsEventsActors() {
    GoldEvent g = gold("USAGOV", "UKRGOV", "040", "", MET);
    CodedArticle plain = coded(List.of(), eventIn(0, "USAGOV", "RUS", "190", MET));

    assertThat(causeOfMissing(g, plain)).isEqualTo(MissCause.TARGET_NOT_FOUND);
  }
}
