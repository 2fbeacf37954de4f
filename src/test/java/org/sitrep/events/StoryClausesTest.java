package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.events.ClauseEventsTest.code;
import static org.sitrep.events.ClauseEventsTest.codeSentence;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clause coder where a sentence leans on the story or the parse fails it: the state behind a
 * passive arrest, "the two sides" of a story with a mediator, verbs only the CAMEO dictionary
 * knows, and a sentence the parser read as one noun phrase. Hand-built parses, no models.
 */
class StoryClausesTest {
  @Test
  void aPassiveArrestWithNoAgentIsTheStatesArrest() {
    List<String> events =
        codeSentence(
            "Three/CD Belarusian/JJ/MISC activists/NNS/O/activist were/VBD/O/be"
                + " arrested/VBN/O/arrest in/IN Minsk/NNP/LOCATION .",
            "(ROOT (S (NP (CD Three) (JJ Belarusian) (NNS activists)) (VP (VBD were) (VP (VBN"
                + " arrested) (PP (IN in) (NP (NNP Minsk))))) (. .)))");

    assertThat(events).containsExactly("BLRCOP>BLROPP 173");
  }

  @Test
  void aPassiveKillingWithNoAgentBlamesNoOne() {
    List<String> events =
        codeSentence(
            "Three/CD Belarusian/JJ/MISC activists/NNS/O/activist were/VBD/O/be"
                + " killed/VBN/O/kill in/IN Minsk/NNP/LOCATION .",
            "(ROOT (S (NP (CD Three) (JJ Belarusian) (NNS activists)) (VP (VBD were) (VP (VBN"
                + " killed) (PP (IN in) (NP (NNP Minsk))))) (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void theTwoSidesAreThePartiesOfTheStoryNotItsMediator() {
    List<List<String>> events =
        code(
            "Iran/NNP/LOCATION and/CC the/DT United/NNP/LOCATION States/NNP/LOCATION"
                + " held/VBD/O/hold talks/NNS/O/talk .",
            "(ROOT (S (NP (NP (NNP Iran)) (CC and) (NP (DT the) (NNP United) (NNP States))) (VP"
                + " (VBD held) (NP (NNS talks))) (. .)))",
            "Oman/NNP/LOCATION hosted/VBD/O/host the/DT meeting/NN/O/meeting in/IN"
                + " Muscat/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Oman)) (VP (VBD hosted) (NP (DT the) (NN meeting)) (PP (IN in) (NP"
                + " (NNP Muscat)))) (. .)))",
            "Oman/NNP/LOCATION said/VBD/O/say the/DT two/CD sides/NNS/O/side will/MD"
                + " meet/VB/O/meet again/RB .",
            "(ROOT (S (NP (NNP Oman)) (VP (VBD said) (SBAR (S (NP (DT the) (CD two) (NNS sides))"
                + " (VP (MD will) (VP (VB meet) (ADVP (RB again))))))) (. .)))");

    assertThat(events.get(2)).containsExactlyInAnyOrder("IRN>USA 036", "USA>IRN 036");
  }

  @Test
  void aVerbOnlyTheCameoDictionaryKnowsTakesItsDefaultCode() {
    List<String> events =
        codeSentence(
            "Erdogan/NNP/PERSON congratulated/VBD/O/congratulate Zelenskyy/NNP/PERSON .",
            "(ROOT (S (NP (NNP Erdogan)) (VP (VBD congratulated) (NP (NNP Zelenskyy))) (. .)))");

    assertThat(events).containsExactly("TURGOV>UKRGOV 051");
  }

  @Test
  void aDictionaryDefaultWithNoNamedTargetCodesNothing() {
    List<String> events =
        codeSentence(
            "Erdogan/NNP/PERSON congratulated/VBD/O/congratulate the/DT winners/NNS/O/winner .",
            "(ROOT (S (NP (NNP Erdogan)) (VP (VBD congratulated) (NP (DT the) (NNS winners)))"
                + " (. .)))");

    assertThat(events).isEmpty();
  }

  @Test
  void aSentenceParsedAsOneNounPhraseStillHasItsSubject() {
    // the shape the shift-reduce parser gives "X, the leader of Y, visited Z and accused W"
    List<String> events =
        codeSentence(
            "Erdogan/NNP/PERSON ,/, the/DT leader/NN/O/leader ,/, visited/VBD/O/visit"
                + " Baghdad/NNP/LOCATION and/CC accused/VBD/O/accuse Assad/NNP/PERSON .",
            "(ROOT (NP (NP (NNP Erdogan)) (, ,) (NP (NP (DT the) (NN leader)) (, ,) (VP (VP (VBD"
                + " visited) (NP (NNP Baghdad))) (CC and) (VP (VBD accused) (NP (NNP Assad)))))"
                + " (. .)))");

    assertThat(events).contains("TURGOV>IRQ 042", "TURGOV>SYRGOV 112");
  }

  @Test
  void aReportedVerdictOnAnActCriticisesWhoeverDidIt() {
    List<List<String>> events =
        code(
            "Rwanda/NNP/LOCATION attacked/VBD/O/attack Congo/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Rwanda)) (VP (VBD attacked) (NP (NNP Congo))) (. .)))",
            "Kenya/NNP/LOCATION said/VBD/O/say the/DT attack/NN/O/attack was/VBD/O/be"
                + " unacceptable/JJ/O/unacceptable .",
            "(ROOT (S (NP (NNP Kenya)) (VP (VBD said) (SBAR (S (NP (DT the) (NN attack)) (VP (VBD"
                + " was) (ADJP (JJ unacceptable)))))) (. .)))");

    assertThat(events.get(1)).containsExactly("KEN>RWA 111");
  }

  @Test
  void aReportedVerdictThatIsDeniedIsNone() {
    List<List<String>> events =
        code(
            "Rwanda/NNP/LOCATION attacked/VBD/O/attack Congo/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Rwanda)) (VP (VBD attacked) (NP (NNP Congo))) (. .)))",
            "Kenya/NNP/LOCATION said/VBD/O/say the/DT attack/NN/O/attack was/VBD/O/be not/RB"
                + " unacceptable/JJ/O/unacceptable .",
            "(ROOT (S (NP (NNP Kenya)) (VP (VBD said) (SBAR (S (NP (DT the) (NN attack)) (VP (VBD"
                + " was) (RB not) (ADJP (JJ unacceptable)))))) (. .)))");

    assertThat(events.get(1)).isEmpty();
  }

  @Test
  void aMediatorWithNoPartiesNamedMediatesBetweenTheStorysSides() {
    List<List<String>> events =
        code(
            "Pakistan/NNP/LOCATION and/CC Afghanistan/NNP/LOCATION held/VBD/O/hold"
                + " talks/NNS/O/talk .",
            "(ROOT (S (NP (NNP Pakistan) (CC and) (NNP Afghanistan)) (VP (VBD held) (NP (NNS"
                + " talks))) (. .)))",
            "Qatar/NNP/LOCATION mediated/VBD/O/mediate .",
            "(ROOT (S (NP (NNP Qatar)) (VP (VBD mediated)) (. .)))");

    assertThat(events.get(1)).containsExactlyInAnyOrder("QAT>PAK 045", "QAT>AFG 045");
  }

  @Test
  void theDatelineIsNeverTheOtherPartyOfAnAct() {
    List<String> events =
        codeSentence(
            "GENEVA/NNP/LOCATION --/: China/NNP/LOCATION threatened/VBD/O/threaten"
                + " retaliation/NN/O/retaliation .",
            "(ROOT (S (PRN (NNP GENEVA) (: --)) (NP (NNP China)) (VP (VBD threatened) (NP (NN"
                + " retaliation))) (. .)))");

    assertThat(events).noneMatch(e -> e.contains("CHE"));
  }

  @Test
  void aVigilOfTheStorysPeopleIsAProtestAgainstTheirGovernment() {
    List<List<String>> events =
        code(
            "South/NNP/LOCATION Korea/NNP/LOCATION declared/VBD/O/declare martial/JJ law/NN .",
            "(ROOT (S (NP (NNP South) (NNP Korea)) (VP (VBD declared) (NP (JJ martial) (NN law)))"
                + " (. .)))",
            "Thousands/NNS/O/thousand of/IN protesters/NNS/O/protester kept/VBD/O/keep"
                + " vigil/NN/O/vigil .",
            "(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNS protesters)))) (VP (VBD kept)"
                + " (NP (NN vigil))) (. .)))");

    assertThat(events.get(1)).containsExactly("KORCVL>KORGOV 141");
  }

  @Test
  void aParticipleTheParserLeftAsABareDependentHasItsClausesSubject() {
    List<String> events =
        codeSentence(
            "Erdogan/NNP/PERSON spoke/VBD/O/speak ,/, accusing/VBG/O/accuse Assad/NNP/PERSON .",
            "(ROOT (S (NP (NNP Erdogan)) (VP (VBD spoke) (, ,) (FRAG (VP (VBG accusing) (NP (NNP"
                + " Assad))))) (. .)))");

    assertThat(events).contains("TURGOV>SYRGOV 112");
  }

  @Test
  void whatBothSidesSayTheyWillDoWithNoTargetEachDoesToTheOther() {
    List<List<String>> events =
        code(
            "Israel/NNP/LOCATION and/CC Hamas/NNP/ORGANIZATION agreed/VBD/O/agree on/IN a/DT"
                + " ceasefire/NN/O/ceasefire .",
            "(ROOT (S (NP (NNP Israel) (CC and) (NNP Hamas)) (VP (VBD agreed) (PP (IN on) (NP (DT"
                + " a) (NN ceasefire)))) (. .)))",
            "Both/DT sides/NNS/O/side said/VBD/O/say they/PRP would/MD free/VB/O/free"
                + " captives/NNS/O/captive .",
            "(ROOT (S (NP (DT Both) (NNS sides)) (VP (VBD said) (SBAR (S (NP (PRP they)) (VP (MD"
                + " would) (VP (VB free) (NP (NNS captives))))))) (. .)))");

    assertThat(events.get(0)).containsExactlyInAnyOrder("ISR>PSEREBHMS 0871", "PSEREBHMS>ISR 0871");
    assertThat(events.get(1)).containsExactlyInAnyOrder("ISR>PSEREBHMS 0353", "PSEREBHMS>ISR 0353");
  }

  @Test
  void aVerbsOwnReadingIsTheEventNotItsObjectNoun() {
    List<String> events =
        codeSentence(
            "Washington/NNP/LOCATION suspended/VBD/O/suspend its/PRP$ partnership/NN/O/partnership"
                + " with/IN Georgia/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Washington)) (VP (VBD suspended) (NP (NP (PRP$ its) (NN"
                + " partnership)) (PP (IN with) (NP (NNP Georgia))))) (. .)))");

    assertThat(events).containsExactly("USA>GEO 160");
  }

  @Test
  void supportersOfALeaderAreCiviliansOfHisCountry() {
    List<String> events =
        codeSentence(
            "Pakistani/JJ/MISC police/NNS/O/police arrested/VBD/O/arrest supporters/NNS/O/supporter"
                + " of/IN Imran/NNP/PERSON Khan/NNP/PERSON .",
            "(ROOT (S (NP (JJ Pakistani) (NNS police)) (VP (VBD arrested) (NP (NP (NNS"
                + " supporters)) (PP (IN of) (NP (NNP Imran) (NNP Khan))))) (. .)))");

    assertThat(events).containsExactly("PAKCOP>PAKCVL 173");
  }

  @Test
  void fightingWithNoPartiesNamedIsBetweenTheStorysSides() {
    List<List<String>> events =
        code(
            "Thailand/NNP/LOCATION accused/VBD/O/accuse Cambodia/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Thailand)) (VP (VBD accused) (NP (NNP Cambodia))) (. .)))",
            "Fighting/NN/O/fighting erupted/VBD/O/erupt on/IN Thursday/NNP/DATE .",
            "(ROOT (S (NP (NN Fighting)) (VP (VBD erupted) (PP (IN on) (NP (NNP Thursday))))"
                + " (. .)))");

    assertThat(events.get(1)).containsExactlyInAnyOrder("THA>KHM 190", "KHM>THA 190");
  }
}
