package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueDictionaryTest {

  private static final String EDUCATION =
      """
            # Phoenix Open Event Data Issues

            <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
            n:teacher [TEACHERS]
            pre+n:school [EARLY_CHILDHOOD_EDUCATION]
            early+childhood education [EARLY_CHILDHOOD_EDUCATION]
            head start [EARLY_CHILDHOOD_EDUCATION]
            ~a head start
            ~~get head start
            </ISSUE>

            <ISSUE CATEGORY="KIDNAP" TYPE="COUNTEVENT">
            v:kidnap
            </ISSUE>
            """;

  private static IssueDictionary read(String text) {
    return IssueDictionary.read("test.issues", new StringReader(text));
  }

  private static List<String> tokens(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void readsSectionsEntriesAndExclusions() {
    IssueDictionary issues = read(EDUCATION);

    assertThat(issues.entries()).hasSize(7);
    assertThat(issues.entries().get(0))
        .isEqualTo(new IssueEntry("EDUCATION", List.of("N:TEACHER"), "TEACHERS", false, 4));
    assertThat(issues.entries().get(4))
        .isEqualTo(new IssueEntry("EDUCATION", List.of("A", "HEAD", "START"), "", true, 8));
    assertThat(issues.entries().get(5).exclusion()).isTrue();
    assertThat(issues.entries().get(6))
        .isEqualTo(new IssueEntry("KIDNAP", List.of("V:KIDNAP"), "KIDNAP", false, 13));
  }

  @Test
  void matchesNounPluralsHyphenatedJoinsAndVerbForms() {
    IssueDictionary issues = read(EDUCATION);

    assertThat(issues.issuesIn(tokens("TEACHERS PROTESTED"))).containsExactly("TEACHERS");
    assertThat(issues.issuesIn(tokens("NEW PRE-SCHOOLS OPENED")))
        .containsExactly("EARLY_CHILDHOOD_EDUCATION");
    assertThat(issues.issuesIn(tokens("PRESCHOOL"))).containsExactly("EARLY_CHILDHOOD_EDUCATION");
    assertThat(issues.issuesIn(tokens("EARLY CHILDHOOD EDUCATION AND A TEACHER")))
        .containsExactly("EARLY_CHILDHOOD_EDUCATION", "TEACHERS");
    assertThat(issues.issuesIn(tokens("GUNMEN KIDNAPPED TWO"))).containsExactly("KIDNAP");
    assertThat(issues.issuesIn(tokens("NOTHING TO SEE"))).isEmpty();
  }

  @Test
  void exclusionCancelsAllIssuesOfTheSentence() {
    IssueDictionary issues = read(EDUCATION);

    assertThat(issues.issuesIn(tokens("THE TEACHER GOT A HEAD START"))).isEmpty();
  }

  @Test
  void rejectsUnknownWordMarker() {
    assertThatThrownBy(
            () ->
                read(
                    "<ISSUE CATEGORY=\"C\" TYPE=\"ALL\">\nv:block m:site [INTERNET_CENSORSHIP]\n</ISSUE>\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage("test.issues:2: expected the word marker n: or v: in 'M:SITE', found 'm:'");
  }

  @Test
  void rejectsEntryOutsideSectionAndStrayClose() {
    assertThatThrownBy(() -> read("n:teacher [TEACHERS]\n"))
        .hasMessageStartingWith("test.issues:1: expected an <ISSUE");
    assertThatThrownBy(() -> read("<ISSUE CATEGORY=\"C\">\n</ISSUE>\n</ISSUE>\n"))
        .hasMessage(
            "test.issues:3: expected an open <ISSUE CATEGORY=\"...\"> section before </ISSUE>, found none");
  }

  @Test
  void rejectsTextAfterTheCodeAndUnclosedSection() {
    assertThatThrownBy(
            () ->
                read(
                    "<ISSUE CATEGORY=\"T\">\nliberation tigers [NAMED_TERROR_GROUP]*******\n</ISSUE>\n"))
        .hasMessage(
            "test.issues:2: expected nothing after the code [NAMED_TERROR_GROUP], found '*******'");
    assertThatThrownBy(() -> read("\n<ISSUE CATEGORY=\"T\">\ntourism [TOURISM]\n"))
        .hasMessage(
            "test.issues:2: expected </ISSUE> to close the section T opened here, found end of file");
  }
}
