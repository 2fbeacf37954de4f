package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;

/** The whole pipeline on short articles written for the test, with the real CoreNLP models. */
@NeedsModels
class ArticleCoderTest {
  // a Monday
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 5, 11);
  private static ArticleCoder coder;

  @BeforeAll
  static void loadModels() {
    coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current());
  }

  private static CodedArticle code(String text) {
    return coder.code(
        new Article(
            "t",
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "test"));
  }

  private static String dyad(Event e) {
    return e.source().code()
        + ">"
        + e.target().map(t -> t.code().value()).orElse("")
        + " "
        + e.code();
  }

  @Test
  void codesAMeetingDatedByTheDayTheSentenceNames() {
    CodedArticle coded =
        code(
            "Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow on Sunday.");

    assertThat(coded.events()).extracting(ArticleCoderTest::dyad).contains("RUSGOV>DEUGOV 040");
    Event meeting = coded.events().get(0);
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2015, 5, 10));
    assertThat(meeting.datePrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(meeting.evidence().text()).startsWith("Russian President Vladimir Putin met");
    assertThat(meeting.quadClass()).hasValue(1);
  }

  @Test
  void withoutATimeExpressionTheEventTakesThePublicationDate() {
    CodedArticle coded =
        code("Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow.");

    assertThat(coded.events())
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.date()).isEqualTo(PUBLISHED);
              assertThat(e.datePrecision()).isEqualTo(DatePrecision.PUBLISHED);
            });
  }

  @Test
  void anUndatedEventTakesTheDateTheStoryLastNamed() {
    CodedArticle coded =
        code(
            "Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow on Sunday.\n"
                + "Russia attacked Ukraine.");

    Event attack = coded.events().stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
    assertThat(attack.date()).isEqualTo(LocalDate.of(2015, 5, 10));
    assertThat(attack.datePrecision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aNewParagraphReturnsToTheLeadsDate() {
    CodedArticle coded =
        code(
            "Russia attacked Ukraine on Sunday. Late on Saturday, Russia recalled its ambassador"
                + " from Kyiv.\nGermany condemned Russia.");

    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 1)
        .extracting(Event::date)
        .containsOnly(LocalDate.of(2015, 5, 9));
    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 2)
        .isNotEmpty()
        .extracting(Event::date)
        .containsOnly(LocalDate.of(2015, 5, 10));
  }

  @Test
  void resolvesHeToThePersonOfThePreviousSentence() {
    CodedArticle coded =
        code(
            "Barack Obama arrived in Warsaw on Tuesday.\nHe criticized Russia over the annexation of Crimea.");

    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 1)
        .extracting(ArticleCoderTest::dyad)
        .containsExactly("USAGOV>RUS 111");
    Event criticism =
        coded.events().stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
    assertThat(criticism.source().text()).isEqualTo("Barack Obama");
  }

  @Test
  void attachesTheCountOfDronesTheNightAndWhoClaimsIt() {
    CodedArticle coded =
        code("Russia fired 145 drones at Ukraine overnight, Ukraine's air force said.");

    Event attack = coded.events().get(0);
    assertThat(dyad(attack)).startsWith("RUSMIL>UKR 19");
    assertThat(attack.quantity()).contains(new Quantity(145, "drones", "145 drones"));
    assertThat(attack.date()).isEqualTo(PUBLISHED.minusDays(1));
    assertThat(attack.claimedBy()).map(c -> c.code().value()).contains("UKRMIL");
  }

  @Test
  void anEventReportedAccordingToSomeoneIsTheirClaim() {
    CodedArticle coded =
        code("According to Ukraine's defence ministry, Russia attacked Ukraine on Saturday.");

    assertThat(coded.events()).isNotEmpty();
    assertThat(coded.events().get(0).claimedBy()).map(c -> c.code().value()).contains("UKRMIL");
  }

  @Test
  void theStatedEventIsNoClaim() {
    CodedArticle coded = code("Russia attacked Ukraine on Saturday.");

    assertThat(coded.events()).isNotEmpty().allSatisfy(e -> assertThat(e.claimedBy()).isEmpty());
  }

  @Test
  void aNegatedActionIsNotCoded() {
    assertThat(code("Russia did not attack Ukraine.").events()).isEmpty();
  }

  @Test
  void sentencesWithoutTwoActorsAreNotParsed() {
    CodedArticle coded = code("The weather was fine in the capital.\nMarkets were calm on Friday.");

    assertThat(coded.sentences()).hasSize(2);
    assertThat(coded.parsed()).isZero();
    assertThat(coded.events()).isEmpty();
  }

  @Test
  void attributesQuotesWhicheverSideTheSpeechVerbIsOn() {
    CodedArticle coded =
        code(
            String.join(
                "\n",
                "“We will never accept the annexation,” Ukrainian President Petro Poroshenko said.",
                "German Foreign Minister Frank-Walter Steinmeier told reporters: “Russia must withdraw its troops.”",
                "“The talks were useful,” said Sergei Lavrov, Russia's foreign minister.",
                "Barack Obama spoke in Warsaw. “We stand with Poland,” he said."));

    List<Quote> quotes = coded.quotes();
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "We will never accept the annexation,", "Russia must withdraw its troops.",
            "The talks were useful,", "We stand with Poland,");
    assertThat(quotes)
        .extracting(q -> q.speakerCode().map(c -> c.value()).orElse("?"))
        .containsExactly("UKRGOV", "DEUGOV", "RUSGOV", "USAGOV");
    assertThat(quotes.get(3).speakerText()).isEqualTo("Barack Obama");
  }

  @Test
  void anArticleWithoutADateIsRefused() {
    Article undated =
        new Article(
            "u",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "Russia attacked Ukraine.",
            Optional.empty(),
            "undated.txt");

    assertThatThrownBy(() -> coder.code(undated))
        .hasMessageContaining("undated.txt")
        .hasMessageContaining("--date");
  }

  @Test
  void aidReportedAsANounIsTheReportersIntentToGiveIt() {
    CodedArticle coded =
        code(
            "This will be paid for with the remaining $2 billion of funding for Ukraine, US Secretary of State John Kerry said.");

    assertThat(coded.events()).hasSize(1);
    Event aid = coded.events().get(0);
    assertThat(dyad(aid)).isEqualTo("USAGOV>UKRGOV 033");
    assertThat(aid.quantity()).map(Quantity::unit).contains("USD");
    assertThat(aid.quantity()).map(Quantity::value).contains(2.0e9);
  }

  @Test
  void anActionToBeAvoidedIsNotCoded() {
    CodedArticle coded = code("Russia urged Ukraine to avoid escalating the conflict.");

    assertThat(coded.events())
        .extracting(ArticleCoderTest::dyad)
        .containsExactly("RUSGOV>UKRGOV 020");
  }

  @Test
  void aStatementIsCodedByTheEvaluationItExpresses() {
    CodedArticle coded =
        code(
            "German Chancellor Angela Merkel described the talks with Vladimir Putin as constructive.");

    assertThat(coded.events())
        .extracting(ArticleCoderTest::dyad)
        .containsExactly("DEUGOV>RUSGOV 051");
  }

  @Test
  void aShowOfForceAndAnAppealToPartnersNoActorNamesStandWithoutATarget() {
    CodedArticle coded =
        code(
            "North Korea mobilized its troops on Saturday.\n"
                + "Ukrainian President Petro Poroshenko called on Western partners to tighten sanctions.");

    assertThat(coded.events())
        .extracting(
            e ->
                e.source().code()
                    + ">"
                    + e.target().map(t -> t.code().value()).orElse("-")
                    + " "
                    + e.root())
        // the appeal's addressees are people no actor code names: coded without a target, as
        // the devset conventions code "urged member states to ..."
        .containsExactly("PRKMIL>- 15", "UKRGOV>- 02");
  }

  @Test
  void aDescriptionMeansThePersonLastNamed() {
    CodedArticle coded =
        code(
            "Barack Obama arrived in Warsaw on Tuesday.\nThe Democratic leader criticized Russia.");

    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 1)
        .extracting(ArticleCoderTest::dyad)
        .containsExactly("USAGOV>RUS 111");
  }

  @Test
  void anActorsRoleIsTheOneOnTheEventsDate() {
    Article february =
        new Article(
            "r",
            Optional.of(LocalDate.of(2025, 2, 1)),
            Optional.empty(),
            Optional.empty(),
            "On January 15, Donald Trump criticized Russia.\nOn January 25, Donald Trump criticized Russia.",
            Optional.empty(),
            "test");

    List<Event> events = coder.code(february).events();

    assertThat(events)
        .extracting(e -> e.date() + " " + e.source().code())
        .containsExactly("2025-01-15 USAELI", "2025-01-25 USAGOV");
  }

  @Test
  void anAttackWithDronesIsAnAttackOnTheObjectWithItsCount() {
    CodedArticle coded = code("Russia attacked Ukraine with 120 drones on Saturday.");

    assertThat(coded.events()).extracting(ArticleCoderTest::dyad).containsExactly("RUSMIL>UKR 190");
    assertThat(coded.events().get(0).quantity()).map(Quantity::text).contains("120 drones");
  }

  @Test
  void aDayAfterTheObjectIsNotTheTarget() {
    CodedArticle coded = code("Pakistan condemned India on Saturday.");

    assertThat(coded.events()).extracting(ArticleCoderTest::dyad).containsExactly("PAKGOV>IND 111");
  }

  @Test
  void heAfterADescriptiveSubjectMeansThatSubject() {
    CodedArticle coded =
        code(
            "The Ukrainian president later met German Chancellor Angela Merkel in Berlin.\n"
                + "He criticized Russia.");

    assertThat(coded.events())
        .filteredOn(e -> e.sentence() == 1)
        .extracting(ArticleCoderTest::dyad)
        .containsExactly("UKRGOV>RUS 111");
  }
}
