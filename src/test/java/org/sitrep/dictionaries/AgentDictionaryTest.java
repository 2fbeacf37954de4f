package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

  private static AgentDictionary read(String text) {
    return AgentDictionary.read("test.agents", new StringReader(text));
  }

  private static List<String> phrases(AgentDictionary dictionary) {
    return dictionary.entries().stream().map(e -> String.join(" ", e.phrase().words())).toList();
  }

  @Test
  void readsSuffixAndPrefixCodes() {
    AgentDictionary dictionary =
        read("AMBASSADOR {} [~GOV]\nHUMAN_RIGHTS_BODY {} [NGO~]\nPOLICE {} [ ~COP]\n");

    assertThat(dictionary.entries())
        .extracting(AgentEntry::code, AgentEntry::prefix)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GOV", false),
            org.assertj.core.groups.Tuple.tuple("NGO", true),
            org.assertj.core.groups.Tuple.tuple("COP", false));
    assertThat(dictionary.entries().get(1).line()).isEqualTo(2);
  }

  @Test
  void generatesRegularPluralOfTheLastWord() {
    AgentDictionary dictionary =
        read(
            """
                FOREIGN_MINISTER [~GOVFRM]
                CONGRESS [~LEG]
                AUTHORITY [~GOV]
                ATTORNEY [~JUD]
                CHURCH [~REL]
                """);

    assertThat(phrases(dictionary))
        .containsExactly(
            "FOREIGN MINISTER",
            "FOREIGN MINISTERS",
            "CONGRESS",
            "CONGRESSES",
            "AUTHORITY",
            "AUTHORITIES",
            "ATTORNEY",
            "ATTORNEYS",
            "CHURCH",
            "CHURCHES");
  }

  @Test
  void readsEmptyBracesAsNoPluralAndListedFormsAsThePlurals() {
    AgentDictionary dictionary =
        read(
            """
                MEDIA {} [~MED]
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   # pas 16-Dec-2013
                THIEF {THIEVES THIEFS}[~CRM]
                """);

    assertThat(phrases(dictionary))
        .containsExactly("MEDIA", "GOLDEN GOOSE", "GOLDEN GEESE", "THIEF", "THIEVES", "THIEFS");
  }

  @Test
  void expandsSubstitutionSetsWithoutPlurals() {
    AgentDictionary dictionary =
        read(
            """
                !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
                !MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
                CONGRESS!PERSON! [~LEG] # check for substitution marker
                !MINST!_OF_SILLY_WALKS [~GOV]
                """);

    assertThat(phrases(dictionary))
        .containsExactly(
            "CONGRESSMAN",
            "CONGRESSMEN",
            "CONGRESSWOMAN",
            "CONGRESSWOMEN",
            "CONGRESSPERSON",
            "MINISTER OF SILLY WALKS",
            "MINISTERS OF SILLY WALKS",
            "MINISTRY OF SILLY WALKS",
            "MINISTRIES OF SILLY WALKS");
    assertThat(dictionary.entries()).allSatisfy(e -> assertThat(e.line()).isIn(3, 4));
  }

  @Test
  void matchesWholeWordsOnlyAndPrefersLongerPhrases() {
    AgentDictionary dictionary = read("MINISTER [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\n");

    assertThat(dictionary.longestMatch(List.of("THE", "FOREIGN", "MINISTERS"), 1))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().code()).isEqualTo("GOVFRM");
              assertThat(m.start()).isEqualTo(1);
              assertThat(m.length()).isEqualTo(2);
            });
    assertThat(dictionary.longestMatch(List.of("MINISTERIAL"), 0)).isEmpty();
    assertThat(dictionary.longestMatch(List.of("FOREIGN", "AFFAIRS"), 0)).isEmpty();
  }

  @Test
  void rejectsSubstitutionSetThatWasNeverDefined() {
    assertThatThrownBy(() -> read("!PERSON! = MAN, MEN\nPOLICE!PERSONS! [~COP]\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage(
            "test.agents:2: expected substitution set !PERSONS! to be defined above by a line like "
                + "'!PERSONS! = A, B', found no definition");
  }

  @Test
  void rejectsAgentWithoutCode() {
    assertThatThrownBy(() -> read("ISLAMIC_EXTREMIST\n"))
        .hasMessage(
            "test.agents:1: expected an agent code in brackets like [~GOV] after 'ISLAMIC_EXTREMIST', found none");
  }

  @Test
  void rejectsCodeClosedWithTheWrongBracket() {
    assertThatThrownBy(() -> read("\n\nDEPARMENT_OF_ENVIRONMENT [~ENV}\n"))
        .hasMessage(
            "test.agents:3: expected ']' to close the agent code after 'DEPARMENT_OF_ENVIRONMENT', found '[~ENV}'");
  }

  @Test
  void rejectsCodeWithoutTilde() {
    assertThatThrownBy(() -> read("AMBASSADOR [GOV]\n"))
        .hasMessage("test.agents:1: expected an agent code like [~GOV] or [NGO~], found '[GOV]'");
  }

  @Test
  void rejectsUnclosedPluralBraces() {
    assertThatThrownBy(() -> read("GOOSE {GEESE [~GGS]\n"))
        .hasMessageStartingWith("test.agents:1: expected '}'");
  }
}
