package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.events.ClauseEventsTest.code;
import static org.sitrep.events.ClauseEventsTest.codeSentence;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the clause coder takes for the parties of an event: containers of event nouns, a role's
 * country from its "of" phrase, sponsors, and the home country of a one-country story.
 */
class ClausePartiesTest {

  @Test
  void readsTheEventNounInsideAPackage() {
    List<String> events =
        codeSentence(
            "The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION adopted/VBD/O/adopt a/DT"
                + " package/NN of/IN sanctions/NNS/O/sanction against/IN Russia/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (NNP European) (NNP Union)) (VP (VBD adopted) (NP (NP (DT a)"
                + " (NN package)) (PP (IN of) (NP (NP (NNS sanctions)) (PP (IN against) (NP (NNP"
                + " Russia))))))) (. .)))");

    assertThat(events).containsExactly("IGOEUREEC>RUS 163");
  }

  @Test
  void aRoleTakesItsCountryFromItsOfPhrase() {
    List<String> events =
        codeSentence(
            "Lukashenko/NNP/PERSON met/VBD/O/meet an/DT envoy/NN of/IN Trump/NNP/PERSON .",
            "(ROOT (S (NP (NNP Lukashenko)) (VP (VBD met) (NP (NP (DT an) (NN envoy)) (PP (IN of)"
                + " (NP (NNP Trump))))) (. .)))");

    assertThat(events).anyMatch(e -> e.startsWith("BLRGOV>USA") && e.endsWith(" 040"));
  }

  @Test
  void aSponsorIsNotTheTargetOfAStrike() {
    List<String> events =
        codeSentence(
            "Trump/NNP/PERSON ordered/VBD/O/order strikes/NNS/O/strike over/IN the/DT"
                + " Iran/NNP/LOCATION -/HYPH backed/VBN/O/back movement/NN 's/POS attacks/NNS/O/attack"
                + " .",
            "(ROOT (S (NP (NNP Trump)) (VP (VBD ordered) (NP (NNS strikes)) (PP (IN over) (NP (NP"
                + " (DT the) (ADJP (NNP Iran) (HYPH -) (VBN backed)) (NN movement) (POS 's)) (NNS"
                + " attacks)))) (. .)))");

    assertThat(events).noneMatch(e -> e.contains(">IRN"));
  }

  @Test
  void riotControlFiredAtACrowdIsRepression() {
    List<List<String>> events =
        code(
            "Protesters/NNS/O/protester marched/VBD/O/march in/IN Tbilisi/NNP/LOCATION ,/,"
                + " Georgia/NNP/LOCATION .",
            "(ROOT (S (NP (NNS Protesters)) (VP (VBD marched) (PP (IN in) (NP (NNP Tbilisi) (,"
                + " ,) (NNP Georgia)))) (. .)))",
            "Police/NNS/O/police fired/VBD/O/fire tear/NN gas/NN/O/gas at/IN the/DT"
                + " protesters/NNS/O/protester .",
            "(ROOT (S (NP (NNS Police)) (VP (VBD fired) (NP (NN tear) (NN gas)) (PP (IN at) (NP (DT"
                + " the) (NNS protesters)))) (. .)))");

    assertThat(events.get(1)).containsExactly("GEOCOP>GEOCVL 175");
  }

  @Test
  void aStoryAboutSeveralCountriesGivesABareRoleNoCountry() {
    List<List<String>> events =
        code(
            "The/DT United/NNP/LOCATION States/NNP/LOCATION struck/VBD/O/strike"
                + " Yemen/NNP/LOCATION after/IN Iran/NNP/LOCATION warned/VBD/O/warn"
                + " Israel/NNP/LOCATION .",
            "(ROOT (S (NP (DT The) (NNP United) (NNP States)) (VP (VBD struck) (NP (NNP Yemen))"
                + " (SBAR (IN after) (S (NP (NNP Iran)) (VP (VBD warned) (NP (NNP Israel)))))) (."
                + " .)))",
            "Troops/NNS/O/troop attacked/VBD/O/attack Iraq/NNP/LOCATION .",
            "(ROOT (S (NP (NNS Troops)) (VP (VBD attacked) (NP (NNP Iraq))) (. .)))");

    // with no home country "troops" name no one: nothing is coded rather than a guess
    assertThat(events.get(1)).isEmpty();
  }

  @Test
  void theDemandsOfProtestersAreAimedAtTheirGovernment() {
    List<String> events =
        codeSentence(
            "Serbian/JJ/NATIONALITY protesters/NNS/O/protester demanded/VBD/O/demand early/JJ"
                + " elections/NNS/O/election .",
            "(ROOT (S (NP (JJ Serbian) (NNS protesters)) (VP (VBD demanded) (NP (JJ early) (NNS"
                + " elections))) (. .)))");

    assertThat(events).singleElement().asString().startsWith("SRBCVL>SRBGOV 10");
  }
}
