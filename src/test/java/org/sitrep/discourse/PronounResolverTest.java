package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;
import static org.sitrep.discourse.HandBuilt.resolveAll;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom "he" means, on hand-built articles: the subject nearby, never the quote's own speaker. */
class PronounResolverTest {

  @Test
  void aSentenceAboutThePersonToldByAgeDoesNotCountTowardTheLookBack() {
    DiscourseDraft d =
        discourse(
            "Orban met students. Farmers blocked roads. The 61-year-old spoke. He left.",
            "Orban/NNP/PERSON met/VBD/O/meet students/NNS .",
            "Farmers/NNS blocked/VBD/O/block roads/NNS .",
            "The/DT 61/CD -/HYPH year/NN -/HYPH old/JJ spoke/VBD/O/speak .",
            "He/PRP left/VBD/O/leave .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("3 He Orban");
  }

  @Test
  void resolvesToTheNearestSubjectLikePersonOfTheSentence() {
    DiscourseDraft d =
        discourse(
            "Putin wrote to Trump before he left.",
            "Putin/NNP/PERSON wrote/VBD/O/write to/TO Trump/NNP/PERSON before/IN he/PRP left/VBD/O/leave .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("0 he Putin");
  }

  @Test
  void resolvesToTheSenderNotTheAddresseeAfterAConjunctionTaggedAsPreposition() {
    DiscourseDraft d =
        discourse(
            "Trump’s calls come after Putin sent a message to Trump in which he showed readiness to talk.",
            "Trump/NNP/PERSON ’s/POS calls/NNS come/VBP after/IN Putin/NNP/PERSON sent/VBD/O/send a/DT message/NN"
                + " to/TO Trump/NNP/PERSON in/IN which/WDT he/PRP showed/VBD/O/show readiness/NN to/TO talk/VB .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("0 he Putin");
  }

  @Test
  void theObjectOfAVerbIsNeverItsOwnSubject() {
    DiscourseDraft d =
        discourse(
            "Erdogan met Zelenskyy. Putin praised him.",
            "Erdogan/NNP/PERSON met/VBD/O/meet Zelenskyy/NNP/PERSON .",
            "Putin/NNP/PERSON praised/VBD/O/praise him/PRP .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("1 him Erdogan");
  }

  @Test
  void aPossessiveAfterASpeechVerbIsTheSpeakers() {
    DiscourseDraft d =
        discourse(
            "Putin said his troops advanced.",
            "Putin/NNP/PERSON said/VBD/O/say his/PRP$ troops/NNS advanced/VBD/O/advance .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("0 his Putin");
  }

  @Test
  void aSubjectPronounAfterASpeechVerbIsTheSpeaker() {
    DiscourseDraft d =
        discourse(
            "Putin said he would meet Trump.",
            "Putin/NNP/PERSON said/VBD/O/say he/PRP would/MD meet/VB/O/meet Trump/NNP/PERSON .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("0 he Putin");
  }

  @Test
  void resolvesToTheFirstSubjectOfThePreviousSentence() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy described the call with Trump. He also urged strong leadership.",
            "Zelenskyy/NNP/PERSON described/VBD/O/describe the/DT call/NN with/IN Trump/NNP/PERSON .",
            "He/PRP also/RB urged/VBD/O/urge strong/JJ leadership/NN .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("1 He Zelenskyy");
  }

  @Test
  void resolvesToAPersonTwoSentencesBack() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy spoke on Sunday. The talks went well. He left.",
            "Zelenskyy/NNP/PERSON spoke/VBD/O/speak on/IN Sunday/NNP/DATE .",
            "The/DT talks/NNS went/VBD/O/go well/RB .",
            "He/PRP left/VBD/O/leave .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("2 He Zelenskyy");
  }

  @Test
  void doesNotResolveToAPersonThreeSentencesBack() {
    DiscourseDraft d =
        discourse(
            "Zelenskyy spoke on Sunday. The talks went well. The weather was cold. He left.",
            "Zelenskyy/NNP/PERSON spoke/VBD/O/speak on/IN Sunday/NNP/DATE .",
            "The/DT talks/NNS went/VBD/O/go well/RB .",
            "The/DT weather/NN was/VBD/O/be cold/JJ .",
            "He/PRP left/VBD/O/leave .");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("3 He -");
  }

  @Test
  void leavesPronounsInsideQuotesForTheQuoteStep() {
    DiscourseDraft d =
        discourse(
            "Trump spoke to Putin. Peskov said, “He is talking about peace.”",
            "Trump/NNP/PERSON spoke/VBD/O/speak to/TO Putin/NNP/PERSON .",
            "Peskov/NNP/PERSON said/VBD , “ He/PRP is/VBZ talking/VBG about/IN peace/NN . ”");
    PronounResolver.resolve(d);

    assertThat(referents(d)).containsExactly("1 He -");
  }

  @Test
  void neverResolvesAPronounInsideAQuoteToItsSpeakerInTheSameSentence() {
    DiscourseDraft d =
        discourse(
            "Trump spoke to Putin. Peskov said, “He is talking about peace.”",
            "Trump/NNP/PERSON spoke/VBD/O/speak to/TO Putin/NNP/PERSON .",
            "Peskov/NNP/PERSON said/VBD , “ He/PRP is/VBZ talking/VBG about/IN peace/NN . ”");
    resolveAll(d);

    assertThat(referents(d)).containsExactly("1 He Trump");
  }

  @Test
  void neverResolvesAPronounInsideAQuoteToAnotherPersonWhoIsItsSpeaker() {
    DiscourseDraft d =
        discourse(
            "Trump spoke to Putin. Kremlin spokesman Peskov said, “He is talking about peace.”",
            "Trump/NNP/PERSON spoke/VBD/O/speak to/TO Putin/NNP/PERSON .",
            "Kremlin/NNP/ORGANIZATION spokesman/NN Peskov/NNP/PERSON said/VBD , “ He/PRP is/VBZ talking/VBG"
                + " about/IN peace/NN . ”");
    List<QuoteAttributor.Attribution> attributions = QuoteAttributor.attribute(d);
    PronounResolver.resolveInQuotes(
        d, p -> QuoteAttributor.speakerAt(d, attributions, p.sentence(), p.start()));

    assertThat(referents(d)).containsExactly("1 He Trump");
  }

  @Test
  void neverResolvesAPronounInsideAQuoteToItsSpeakerNamedInThePreviousSentence() {
    DiscourseDraft d =
        discourse(
            "Peskov met Trump on Sunday. “He is talking about peace,” Peskov said.",
            "Peskov/NNP/PERSON met/VBD/O/meet Trump/NNP/PERSON on/IN Sunday/NNP/DATE .",
            "“ He/PRP is/VBZ talking/VBG about/IN peace/NN , ” Peskov/NNP/PERSON said/VBD .");
    resolveAll(d);

    assertThat(referents(d)).containsExactly("1 He Trump");
  }

  /** "sentence pronoun last-word-of-referent", or "-" when unresolved, for every pronoun. */
  private static List<String> referents(DiscourseDraft d) {
    return referents(d, Mention.Kind.PRONOUN);
  }

  /** As {@link #referents(DiscourseDraft)}, for "it" and "its". */
  private static List<String> itReferents(DiscourseDraft d) {
    return referents(d, Mention.Kind.IT);
  }

  private static List<String> referents(DiscourseDraft d, Mention.Kind kind) {
    return d.sentences().stream()
        .flatMap(s -> d.mentions(s.index()).stream())
        .filter(m -> m.kind() == kind)
        .map(
            m ->
                m.sentence() + " " + m.text() + " " + lastWord(m.referent().map(Mention::resolved)))
        .toList();
  }

  @Test
  void whatItCalledIsNamedByTheClausesSubjectNotTheNearestActor() {
    DiscourseDraft d =
        discourse(
            "Hezbollah held Israel responsible for what it called an aggression.",
            "Hezbollah/NNP/ORGANIZATION held/VBD/O/hold Israel/NNP/LOCATION responsible/JJ"
                + " for/IN what/WP it/PRP called/VBD/O/call an/DT aggression/NN .");
    PronounResolver.resolve(d);

    assertThat(itReferents(d)).containsExactly("0 it Hezbollah");
  }

  @Test
  void aNationalityBeforeACommonNounIsNoReferent() {
    DiscourseDraft d =
        discourse(
            "Tehran condemned the attack, and the Palestinian group Hamas denounced it. The"
                + " Palestinian group said its fighters were ready.",
            "Tehran/NNP/LOCATION condemned/VBD/O/condemn the/DT attack/NN ,/, and/CC the/DT"
                + " Palestinian/JJ/MISC group/NN Hamas/NNP/ORGANIZATION denounced/VBD/O/denounce"
                + " it/PRP .",
            "The/DT Palestinian/JJ/MISC group/NN said/VBD/O/say its/PRP$ fighters/NNS"
                + " were/VBD/O/be ready/JJ .");
    PronounResolver.resolve(d);

    assertThat(itReferents(d)).doesNotContain("0 it Palestinian", "1 its Palestinian");
  }

  @Test
  void aNationalityBeforeAnAdjectiveIsNoReferent() {
    DiscourseDraft d =
        discourse(
            "France said it was expelling 12 Algerian consular officials and recalling its"
                + " ambassador.",
            "France/NNP/LOCATION said/VBD/O/say it/PRP was/VBD/O/be expelling/VBG/O/expel 12/CD"
                + " Algerian/JJ/MISC consular/JJ officials/NNS and/CC recalling/VBG/O/recall"
                + " its/PRP$ ambassador/NN .");
    PronounResolver.resolve(d);

    assertThat(itReferents(d)).contains("0 its France").doesNotContain("0 its Algerian");
  }

  private static String lastWord(Optional<Mention> m) {
    return m.map(r -> r.words().get(r.words().size() - 1)).orElse("-");
  }
}
