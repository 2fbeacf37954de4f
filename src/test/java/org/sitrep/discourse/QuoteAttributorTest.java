package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;
import static org.sitrep.discourse.HandBuilt.mention;
import static org.sitrep.discourse.HandBuilt.resolveAll;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;

/**
 * Who said each quote, on hand-built articles: the speech verb's side, the paragraph, the title.
 */
class QuoteAttributorTest {

  @Test
  void attributesAQuoteToTheSpeakerBeforeIt() {
    DiscourseDraft d =
        discourse(
            "Peskov said, “The signals are positive.”",
            "Peskov/NNP/PERSON said/VBD , “ The/DT signals/NNS are/VBP positive/JJ . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void attributesAQuoteToTheSpeakerAfterIt() {
    DiscourseDraft d =
        discourse(
            "“The signals are positive,” Peskov said.",
            "“ The/DT signals/NNS are/VBP positive/JJ , ” Peskov/NNP/PERSON said/VBD .");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void attributesAQuoteToTheSpeakerAfterAVerbFirstAttribution() {
    DiscourseDraft d =
        discourse(
            "“The signals are positive,” said Peskov.",
            "“ The/DT signals/NNS are/VBP positive/JJ , ” said/VBD Peskov/NNP/PERSON .");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void attributesAQuoteToTheSourceAfterAccordingTo() {
    DiscourseDraft d =
        discourse(
            "According to Peskov, “the signals are positive.”",
            "According/VBG to/TO Peskov/NNP/PERSON , “ the/DT signals/NNS are/VBP positive/JJ . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void takesTheSpeakerOnTheVerbsSideNotAPersonNamedInsideTheQuote() {
    DiscourseDraft d =
        discourse(
            "“Trump is talking about peace,” Peskov said.",
            "“ Trump/NNP/PERSON is/VBZ talking/VBG about/IN peace/NN , ” Peskov/NNP/PERSON said/VBD .");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void givesAQuoteWithoutSpeechVerbToTheParagraphsPreviousSpeaker() {
    DiscourseDraft d =
        discourse(
            "Trump spoke to Putin. Peskov said, “The signals are positive.” “Nothing is decided yet.”",
            "Trump/NNP/PERSON spoke/VBD/O/speak to/TO Putin/NNP/PERSON .",
            "Peskov/NNP/PERSON said/VBD , “ The/DT signals/NNS are/VBP positive/JJ . ”",
            "“ Nothing/NN is/VBZ decided/VBN yet/RB . ”");

    // not Trump, the first person of the paragraph: the quote continues the speaker before it
    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"), Optional.of("Peskov"));
  }

  @Test
  void doesNotGiveAQuoteInANewParagraphToThePreviousSpeaker() {
    DiscourseDraft d =
        discourse(
            "Peskov said, “The signals are positive.”\n“Nothing is decided yet.”",
            "Peskov/NNP/PERSON said/VBD , “ The/DT signals/NNS are/VBP positive/JJ . ”",
            "“ Nothing/NN is/VBZ decided/VBN yet/RB . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"), Optional.empty());
  }

  @Test
  void givesAQuoteWithoutSpeechVerbToTheFirstPersonNamedEarlierInItsParagraph() {
    DiscourseDraft d =
        discourse(
            "Trump spoke.\nPeskov met reporters. “Nothing is decided yet.”",
            "Trump/NNP/PERSON spoke/VBD/O/speak .",
            "Peskov/NNP/PERSON met/VBD/O/meet reporters/NNS .",
            "“ Nothing/NN is/VBZ decided/VBN yet/RB . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Peskov"));
  }

  @Test
  void resolvesWeInsideAQuoteToItsSpeaker() {
    DiscourseDraft d =
        discourse(
            "Putin said, “We are ready to speak to Trump.”",
            "Putin/NNP/PERSON said/VBD , “ We/PRP are/VBP ready/JJ to/TO speak/VB to/TO Trump/NNP/PERSON . ”");
    resolveAll(d);

    Mention we = mention(d, 0, "We");
    assertThat(we.kind()).isEqualTo(Mention.Kind.FIRST_PERSON);
    assertThat(we.resolved().text()).isEqualTo("Putin");
    assertThat(we.code()).isEqualTo(mention(d, 0, "Putin").code()).isPresent();
  }

  @Test
  void leavesWeOutsideAQuoteUnresolved() {
    DiscourseDraft d =
        discourse(
            "Putin said, “The signals are positive.” We will see.",
            "Putin/NNP/PERSON said/VBD , “ The/DT signals/NNS are/VBP positive/JJ . ”",
            "We/PRP will/MD see/VB .");
    resolveAll(d);

    assertThat(mention(d, 1, "We").referent()).isEmpty();
  }

  @Test
  void codesAnUnknownNameByTheTitleInAppositionBeforeIt() {
    DiscourseDraft found =
        discourse(
            "Kremlin spokesman, Ivan Petrovsky, said “the signals are positive.”",
            "Kremlin/NNP/ORGANIZATION spokesman/NN , Ivan/NNP/PERSON Petrovsky/NNP/PERSON , said/VBD"
                + " “ the/DT signals/NNS are/VBP positive/JJ . ”");
    // the title as one mention, as the comment on QuoteAttributor#quotes describes it
    Mention title =
        new Mention(
            0,
            0,
            2,
            List.of("Kremlin", "spokesman"),
            Optional.of("RUSGOV"),
            Mention.Kind.GROUP,
            Optional.empty());
    Mention name =
        new Mention(
            0,
            3,
            5,
            List.of("Ivan", "Petrovsky"),
            Optional.empty(),
            Mention.Kind.PERSON,
            Optional.empty());
    DiscourseDraft d = new DiscourseDraft(found.article(), List.of(List.of(title, name)));

    assertThat(QuoteAttributor.codeOf(d, name)).hasValue("RUSGOV");
    assertThat(QuoteAttributor.quotes(d, QuoteAttributor.attribute(d)))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speakerText()).isEqualTo("Ivan Petrovsky");
              assertThat(q.speakerCode()).hasValue(ActorCode.of("RUSGOV"));
            });
  }

  @Test
  void codesAnUnknownNameByTheTitleRightBeforeItWithoutComma() {
    DiscourseDraft found =
        discourse(
            "Kremlin spokesman Ivan Petrovsky said “the signals are positive.”",
            "Kremlin/NNP/ORGANIZATION spokesman/NN Ivan/NNP/PERSON Petrovsky/NNP/PERSON said/VBD"
                + " “ the/DT signals/NNS are/VBP positive/JJ . ”");
    Mention title =
        new Mention(
            0,
            0,
            2,
            List.of("Kremlin", "spokesman"),
            Optional.of("RUSGOV"),
            Mention.Kind.GROUP,
            Optional.empty());
    Mention name =
        new Mention(
            0,
            2,
            4,
            List.of("Ivan", "Petrovsky"),
            Optional.empty(),
            Mention.Kind.PERSON,
            Optional.empty());
    DiscourseDraft d = new DiscourseDraft(found.article(), List.of(List.of(title, name)));

    assertThat(QuoteAttributor.codeOf(d, name)).hasValue("RUSGOV");
  }

  @Test
  void keepsTheNamesOwnCodeOverTheTitles() {
    DiscourseDraft found =
        discourse(
            "Kremlin spokesman, Peskov, said “the signals are positive.”",
            "Kremlin/NNP/ORGANIZATION spokesman/NN , Peskov/NNP/PERSON , said/VBD"
                + " “ the/DT signals/NNS are/VBP positive/JJ . ”");
    Mention title =
        new Mention(
            0,
            0,
            2,
            List.of("Kremlin", "spokesman"),
            Optional.of("RUSGOV"),
            Mention.Kind.GROUP,
            Optional.empty());
    Mention name =
        new Mention(
            0,
            3,
            4,
            List.of("Peskov"),
            Optional.of("RUSMED"),
            Mention.Kind.PERSON,
            Optional.empty());
    DiscourseDraft d = new DiscourseDraft(found.article(), List.of(List.of(title, name)));

    assertThat(QuoteAttributor.codeOf(d, name)).hasValue("RUSMED");
  }

  @Test
  void givesAnUnknownSpeakerFoundByMentionFinderTheCodeOfTheTitleInAppositionBeforeIt() {
    DiscourseDraft d =
        discourse(
            "Kremlin spokesman, Ivan Petrovsky, said “the signals are positive.”",
            "Kremlin/NNP/ORGANIZATION spokesman/NN , Ivan/NNP/PERSON Petrovsky/NNP/PERSON , said/VBD"
                + " “ the/DT signals/NNS are/VBP positive/JJ . ”");
    List<QuoteAttributor.Attribution> attributions = resolveAll(d);
    Mention petrovsky = mention(d, 0, "Ivan Petrovsky");

    assertThat(petrovsky.code()).as("the name alone is no actor").isEmpty();
    assertThat(QuoteAttributor.codeOf(d, petrovsky)).hasValue("RUSGOV");
    assertThat(QuoteAttributor.quotes(d, attributions))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerCode()).hasValue(ActorCode.of("RUSGOV")));
  }

  @Test
  void givesAnUnknownSpeakerWithoutTitleNoCode() {
    DiscourseDraft d =
        discourse(
            "Ivan Petrovsky said “the signals are positive.”",
            "Ivan/NNP/PERSON Petrovsky/NNP/PERSON said/VBD “ the/DT signals/NNS are/VBP positive/JJ . ”");
    List<QuoteAttributor.Attribution> attributions = resolveAll(d);

    assertThat(QuoteAttributor.quotes(d, attributions))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speakerText()).isEqualTo("Ivan Petrovsky");
              assertThat(q.speakerCode()).isEmpty();
            });
  }

  @Test
  void writesEachQuoteWithItsArticleSpanAndText() {
    String text = "Peskov said, “The signals are positive.”";
    DiscourseDraft d =
        discourse(
            text, "Peskov/NNP/PERSON said/VBD , “ The/DT signals/NNS are/VBP positive/JJ . ”");
    List<Quote> quotes = QuoteAttributor.quotes(d, resolveAll(d));

    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.article()).isEqualTo("hand");
              assertThat(q.text()).isEqualTo("The signals are positive.");
              assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            });
  }

  @Test
  void skipsANameAPrepositionGovernsAndAParenthesis() {
    DiscourseDraft d =
        discourse(
            "Netanyahu, on a visit to Washington, told the press that it was “a new dawn.”",
            "Netanyahu/NNP/PERSON , on/IN a/DT visit/NN to/TO Washington/NNP/LOCATION , told/VBD"
                + " the/DT press/NN that/IN it/PRP was/VBD/O/be “ a/DT new/JJ dawn/NN . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Netanyahu"));
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheSentencesSubject() {
    DiscourseDraft d =
        discourse(
            "Netanyahu warned that Israel would hit back, saying it kept “complete freedom.”",
            "Netanyahu/NNP/PERSON warned/VBD/O/warn that/IN Israel/NNP/LOCATION would/MD"
                + " hit/VB/O/hit back/RB , saying/VBG/O/say it/PRP kept/VBD/O/keep “"
                + " complete/JJ freedom/NN . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Netanyahu"));
  }

  @Test
  void aSecondVerbAfterAndSpeaksForTheSentencesSubjectNotTheFirstVerbsObject() {
    DiscourseDraft d =
        discourse(
            "Netanyahu welcomed the Americans and said it was “a new dawn.”",
            "Netanyahu/NNP/PERSON welcomed/VBD/O/welcome the/DT Americans/NNPS/MISC and/CC"
                + " said/VBD it/PRP was/VBD/O/be “ a/DT new/JJ dawn/NN . ”");

    assertThat(speakers(d)).containsExactly(Optional.of("Netanyahu"));
  }

  @Test
  void theAddresseeOfALaterVerbIsNoSpeaker() {
    DiscourseDraft d =
        discourse(
            "Netanyahu promised “overwhelming force” until the attacks stopped and told Tehran to"
                + " stop.",
            "Netanyahu/NNP/PERSON promised/VBD/O/promise “ overwhelming/JJ force/NN ” until/IN"
                + " the/DT attacks/NNS stopped/VBD/O/stop and/CC told/VBD Tehran/NNP/LOCATION"
                + " to/TO stop/VB/O/stop .");

    assertThat(speakers(d)).containsExactly(Optional.of("Netanyahu"));
  }

  private static List<Optional<String>> speakers(DiscourseDraft d) {
    PronounResolver.resolve(d);
    return QuoteAttributor.attribute(d).stream()
        .map(a -> a.speaker().map(m -> m.resolved().text()))
        .toList();
  }
}
