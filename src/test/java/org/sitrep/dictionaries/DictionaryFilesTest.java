package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads the real dictionaries from the classpath: the PETRARCH validation set (test resources under
 * /org/sitrep/validation/) and the bundled Phoenix production copies (main resources under
 * /org/sitrep/dictionaries/). Both must load strictly, with no problem reported: the upstream typos
 * in the Phoenix files were fixed in the bundled copies (see SOURCE.md there).
 */
class DictionaryFilesTest {

  private static Reader validation(String name) {
    return classpath("/org/sitrep/validation/" + name);
  }

  private static Reader resource(String name) {
    return classpath("/org/sitrep/dictionaries/" + name);
  }

  private static Reader classpath(String path) {
    InputStream in = DictionaryFilesTest.class.getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static List<String> tokens(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void validateActorsLoadStrictlyAndCodeTheirTestActors() throws IOException {
    ActorDictionary actors;
    try (Reader in = validation("PETR.Validate.actors.txt")) {
      actors = ActorDictionary.read("PETR.Validate.actors.txt", in);
    }
    LocalDate date = LocalDate.of(2010, 1, 1);

    assertThat(actors.size()).isGreaterThan(100);
    assertThat(actors.longestMatch(tokens("FRANCE"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codeOn(date)).contains("FRA"));
    assertThat(actors.longestMatch(tokens("ARGENTINA"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codeOn(date)).contains("ARG"));
    assertThat(actors.longestMatch(tokens("SMEAGOL"), 0))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().codeOn(LocalDate.of(1995, 1, 4))).contains("HOB");
              assertThat(m.entry().codeOn(LocalDate.of(1997, 1, 1))).contains("HOBGOV");
            });
    assertThat(actors.longestMatch(tokens("INTERPOL"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codeOn(date)).contains("IGOCOPITP"));
    assertThat(actors.longestMatch(tokens("SAM GAMGEE"), 0))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().codeOn(LocalDate.of(2010, 1, 10))).contains("ORCHOB");
              assertThat(m.entry().codeOn(LocalDate.of(2012, 12, 31))).contains("HOBGOV");
            });
  }

  @Test
  void validateAgentsAndDiscardsLoadStrictly() throws IOException {
    try (Reader agentsIn = validation("PETR.Validate.agents.txt");
        Reader discardsIn = validation("PETR.Validate.discards.txt")) {
      AgentDictionary agents = AgentDictionary.read("PETR.Validate.agents.txt", agentsIn);
      DiscardDictionary discards = DiscardDictionary.read("PETR.Validate.discards.txt", discardsIn);

      assertThat(agents.size()).isGreaterThan(100);
      assertThat(agents.longestMatch(tokens("CONGRESSWOMEN"), 0))
          .hasValueSatisfying(m -> assertThat(m.entry().code()).isEqualTo("LEG"));
      assertThat(agents.longestMatch(tokens("GOLDEN GEESE"), 0))
          .hasValueSatisfying(m -> assertThat(m.entry().code()).isEqualTo("GGS"));
      assertThat(agents.longestMatch(tokens("POLICE"), 0))
          .hasValueSatisfying(m -> assertThat(m.entry().code()).isEqualTo("COP"));
      assertThat(discards.storyLevel()).hasSize(4);
      assertThat(discards.sentenceLevel()).hasSize(5);
    }
  }

  @Test
  void phoenixActorsLoadStrictlyWithNoProblems() {
    List<DictionaryException> problems = new ArrayList<>();
    ActorDictionary countries =
        ActorDictionary.read(
            "Phoenix.Countries.actors.txt",
            resource("Phoenix.Countries.actors.txt"),
            problems::add);
    ActorDictionary international =
        ActorDictionary.read(
            "Phoenix.International.actors.txt",
            resource("Phoenix.International.actors.txt"),
            problems::add);
    ActorDictionary milNonState =
        ActorDictionary.read(
            "Phoenix.MilNonState.actors.txt",
            resource("Phoenix.MilNonState.actors.txt"),
            problems::add);

    assertThat(problems)
        .extracting(e -> e.source() + ":" + e.line() + ": " + e.getMessage())
        .isEmpty();
    // The strict readers (what Dictionaries.phoenix() uses) accept the same files.
    ActorDictionary.read("Phoenix.Countries.actors.txt", resource("Phoenix.Countries.actors.txt"));
    ActorDictionary.read(
        "Phoenix.International.actors.txt", resource("Phoenix.International.actors.txt"));
    ActorDictionary.read(
        "Phoenix.MilNonState.actors.txt", resource("Phoenix.MilNonState.actors.txt"));
    assertThat(countries.size()).isGreaterThan(10_000);
    assertThat(international.size()).isGreaterThan(5_000);
    assertThat(milNonState.size()).isGreaterThan(500);

    ActorDictionary all = ActorDictionary.of(List.of(countries, international, milNonState));
    assertThat(all.size()).isEqualTo(countries.size() + international.size() + milNonState.size());
    assertThat(all.longestMatch(tokens("AFGHANISTAN"), 0))
        .hasValueSatisfying(
            m -> assertThat(m.entry().codeOn(LocalDate.of(2014, 1, 1))).contains("AFG"));
    assertThat(all.longestMatch(tokens("MOHAMMAD ZAHIR SHAH"), 0))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().codeOn(LocalDate.of(1932, 6, 1))).contains("AFGELI");
              assertThat(m.entry().codeOn(LocalDate.of(1950, 6, 1))).contains("AFGGOV");
              assertThat(m.entry().codeOn(LocalDate.of(2000, 6, 1))).contains("AFGELI");
              assertThat(m.entry().codeOn(LocalDate.of(2010, 6, 1))).isEmpty();
            });
    assertThat(all.longestMatch(tokens("LEONID ILYICH BREZHNEV"), 0))
        .hasValueSatisfying(
            m -> assertThat(m.entry().codeOn(LocalDate.of(1970, 1, 1))).contains("RUSGOV"));
  }

  @Test
  void phoenixAgentsDiscardsAndIssuesLoadStrictlyWithNoProblems() {
    List<DictionaryException> problems = new ArrayList<>();
    AgentDictionary agents =
        AgentDictionary.read("Phoenix.agents.txt", resource("Phoenix.agents.txt"), problems::add);
    DiscardDictionary discards =
        DiscardDictionary.read(
            "Phoenix.discards.txt", resource("Phoenix.discards.txt"), problems::add);
    IssueDictionary issues =
        IssueDictionary.read(
            "Phoenix.IssueCoding.txt", resource("Phoenix.IssueCoding.txt"), problems::add);

    assertThat(problems)
        .extracting(e -> e.source() + ":" + e.line() + ": " + e.getMessage())
        .isEmpty();
    AgentDictionary.read("Phoenix.agents.txt", resource("Phoenix.agents.txt"));
    DiscardDictionary.read("Phoenix.discards.txt", resource("Phoenix.discards.txt"));
    IssueDictionary.read("Phoenix.IssueCoding.txt", resource("Phoenix.IssueCoding.txt"));
    assertThat(agents.size()).isGreaterThan(2_000);
    assertThat(agents.longestMatch(tokens("FOREIGN MINISTRIES"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().code()).isEqualTo("GOV"));
    assertThat(discards.sentenceLevel().size() + discards.storyLevel().size()).isGreaterThan(400);
    assertThat(issues.size()).isGreaterThan(1_000);
    assertThat(Dictionaries.issues().size()).isEqualTo(issues.size());
    assertThat(issues.issuesIn(tokens("STUDENTS AND TEACHERS MARCHED")))
        .contains("STUDENTS", "TEACHERS");
  }
}
