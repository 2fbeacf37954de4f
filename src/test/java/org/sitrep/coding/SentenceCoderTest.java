package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.Dictionaries;

/** The coder on hand-written trees, with PETRARCH's validation dictionaries. */
class SentenceCoderTest {
  private static final Path SUITE = Path.of("src/test/resources/org/sitrep/validation");
  private static final LocalDate DATE = LocalDate.of(1995, 1, 1);
  private static SentenceCoder coder;

  @BeforeAll
  static void loadDictionaries() {
    coder =
        new SentenceCoder(
            Dictionaries.fromFiles(
                SUITE.resolve("PETR.Validate.verbs.txt"),
                List.of(SUITE.resolve("PETR.Validate.actors.txt")),
                SUITE.resolve("PETR.Validate.agents.txt"),
                Optional.of(SUITE.resolve("PETR.Validate.discards.txt"))));
  }

  private static List<String> code(String tree) {
    return coder.code(TreeReader.read(tree), "", DATE, CoderConfig.DEFAULT).events().stream()
        .map(e -> e.source() + ">" + e.target() + ":" + e.code())
        .toList();
  }

  @Test
  void codesSubjectVerbObject() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
        .containsExactly("ARN>GON:064");
  }

  @Test
  void doesNotCodeANegatedVerb() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB restore) (NP (NNS ties))"
                    + " (PP (IN with) (NP (NNP Gondor))))) (. .)))"))
        .isEmpty();
  }

  @Test
  void swapsSourceAndTargetInThePassive() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))"))
        .containsExactly("ARN>GON:223");
  }

  @Test
  void codesOneEventPerMemberOfACompoundActor() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Osgiliath)) (VP (VBD restored) (NP (NNS ties))"
                    + " (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
        .containsExactlyInAnyOrder("ARN>GON:064", "OSG>GON:064");
  }

  @Test
  void composesPossessiveActorsWithTheirAgents() {
    assertThat(
            code(
                "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD restored)"
                    + " (NP (NNS ties)) (PP (IN with) (NP (NNP Arnor)))) (. .)))"))
        .containsExactly("GONGOVFRM>ARN:064");
  }

  @Test
  void readsCoreNlpTreesWithNmlAndHyphenNodes() {
    assertThat(
            code(
                "(ROOT (S (NP (NML (NNP President) (HYPH -) (NNP elect)) (NNP Aragorn)) (VP (VBD restored)"
                    + " (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))"))
        .containsExactly("RNGGOV>GON:064");
  }

  @Test
  void choosesTheActorCodeValidOnTheSentenceDate() {
    String tree =
        "(ROOT (S (NP (NNP Sam) (NNP Gamgee)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
    List<String> early =
        coder
            .code(TreeReader.read(tree), "", LocalDate.of(2008, 1, 1), CoderConfig.DEFAULT)
            .events()
            .stream()
            .map(SentenceCoder.CodedEvent::source)
            .toList();
    List<String> late =
        coder
            .code(TreeReader.read(tree), "", LocalDate.of(2014, 1, 1), CoderConfig.DEFAULT)
            .events()
            .stream()
            .map(SentenceCoder.CodedEvent::source)
            .toList();
    assertThat(early).containsExactly("HOBCIV");
    assertThat(late).containsExactly("HOBELI");
  }

  @Test
  void dropsEventsWithoutATargetWhenADyadIsRequired() {
    String tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN town))) (. .)))";
    assertThat(code(tree)).isEmpty();
    assertThat(
            coder
                .code(
                    TreeReader.read(tree),
                    "",
                    DATE,
                    CoderConfig.DEFAULT.with("require_dyad", "false"))
                .events())
        .extracting(e -> e.source() + ">" + e.target() + ":" + e.code())
        .containsExactly("ARN>---:223");
  }
}
