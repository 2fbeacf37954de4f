package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.clauses.HandParsed.at;
import static org.sitrep.clauses.HandParsed.graph;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Dependency;

/**
 * Who is the subject, object and prepositional argument of a word, asked of real enhanced++
 * dependencies converted from hand-written trees ({@link HandParsed}, no model).
 */
class DependencyGraphTest {

  private static final DependencyGraph FIRED_AT =
      graph(
          "Russia/NNP/LOCATION fired/VBD/O/fire 90/CD/NUMBER missiles/NNS/O/missile at/IN"
              + " Kyiv/NNP/LOCATION .",
          "(ROOT (S (NP (NNP Russia)) (VP (VBD fired) (NP (CD 90) (NNS missiles)) (PP (IN at)"
              + " (NP (NNP Kyiv)))) (. .)))");

  @Test
  void findsTheDependentsOfAWordByExactRelation() {
    int fired = at(FIRED_AT, "fired");

    assertThat(FIRED_AT.children(fired, "nsubj")).containsExactly(at(FIRED_AT, "Russia"));
    assertThat(FIRED_AT.children(fired, "obj")).containsExactly(at(FIRED_AT, "missiles"));
    assertThat(FIRED_AT.children(fired, "obl:at")).containsExactly(at(FIRED_AT, "Kyiv"));
    // the enhanced relation is "obl:at", so the bare base does not match exactly
    assertThat(FIRED_AT.children(fired, "obl")).isEmpty();
    assertThat(FIRED_AT.childrenByBase(fired, "obl")).containsExactly(at(FIRED_AT, "Kyiv"));
  }

  @Test
  void readsTheWordsLemmasInLowerCaseAndTheirClass() {
    int fired = at(FIRED_AT, "fired");

    assertThat(FIRED_AT.size()).isEqualTo(7);
    assertThat(FIRED_AT.lemma(fired)).isEqualTo("fire");
    assertThat(FIRED_AT.lemma(at(FIRED_AT, "Russia"))).isEqualTo("russia");
    assertThat(FIRED_AT.isVerb(fired)).isTrue();
    assertThat(FIRED_AT.isNoun(fired)).isFalse();
    assertThat(FIRED_AT.isNoun(at(FIRED_AT, "missiles"))).isTrue();
  }

  @Test
  void findsTheGovernorOfAWordByRelationBase() {
    assertThat(FIRED_AT.governor(at(FIRED_AT, "Kyiv"), "obl")).isEqualTo(at(FIRED_AT, "fired"));
    assertThat(FIRED_AT.governor(at(FIRED_AT, "Kyiv"), "nsubj")).isEqualTo(-1);
    // the root hangs off no word
    assertThat(FIRED_AT.governor(at(FIRED_AT, "fired"), "root")).isEqualTo(-1);
    assertThat(FIRED_AT.governors(at(FIRED_AT, "fired")))
        .containsExactly(new Dependency(-1, "root", at(FIRED_AT, "fired")));
  }

  @Test
  void findsPrepositionalArgumentsOfAVerb() {
    int fired = at(FIRED_AT, "fired");

    assertThat(FIRED_AT.obliques(fired, "at")).containsExactly(at(FIRED_AT, "Kyiv"));
    assertThat(FIRED_AT.obliques(fired, "on")).isEmpty();
    assertThat(FIRED_AT.prepositions(fired)).containsExactly("at");
  }

  @Test
  void findsPrepositionalArgumentsOfANounButNotItsPossessor() {
    DependencyGraph g =
        graph(
            "Erdogan/NNP/PERSON 's/POS visit/NN to/IN Baghdad/NNP/LOCATION ended/VBD/O/end .",
            "(ROOT (S (NP (NP (NNP Erdogan) (POS 's)) (NN visit) (PP (IN to) (NP (NNP Baghdad))))"
                + " (VP (VBD ended)) (. .)))");
    int visit = at(g, "visit");

    assertThat(g.obliques(visit, "to")).containsExactly(at(g, "Baghdad"));
    assertThat(g.children(visit, "nmod:poss")).containsExactly(at(g, "Erdogan"));
    assertThat(g.prepositions(visit)).containsExactly("to");
  }

  @Test
  void findsEachConjunctOfABetweenPhrase() {
    DependencyGraph g =
        graph(
            "Talks/NNS/O/talk between/IN Russia/NNP/LOCATION and/CC Ukraine/NNP/LOCATION"
                + " resumed/VBD/O/resume .",
            "(ROOT (S (NP (NP (NNS Talks)) (PP (IN between) (NP (NNP Russia) (CC and)"
                + " (NNP Ukraine)))) (VP (VBD resumed)) (. .)))");

    assertThat(g.obliques(at(g, "Talks"), "between"))
        .containsExactly(at(g, "Russia"), at(g, "Ukraine"));
  }

  @Test
  void readsAParticleTheParserMarkedAsSuch() {
    DependencyGraph g =
        graph(
            "Ukraine/NNP/LOCATION shot/VBD/O/shoot down/RP a/DT drone/NN .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD shot) (PRT (RP down)) (NP (DT a) (NN drone)))"
                + " (. .)))");

    assertThat(g.particle(at(g, "shot"))).isEqualTo("down");
  }

  @Test
  void readsAParticleTheParserTookForAnAdverbRightAfterTheVerb() {
    DependencyGraph g =
        graph(
            "Ukraine/NNP/LOCATION shot/VBD/O/shoot down/RB a/DT drone/NN .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD shot) (ADVP (RB down)) (NP (DT a) (NN drone)))"
                + " (. .)))");

    assertThat(g.children(at(g, "shot"), "advmod")).containsExactly(at(g, "down"));
    assertThat(g.particle(at(g, "shot"))).isEqualTo("down");
  }

  @Test
  void anAdverbThatIsNoParticleOrNotNextToTheVerbIsNone() {
    DependencyGraph quickly =
        graph(
            "Ukraine/NNP/LOCATION shot/VBD/O/shoot quickly/RB a/DT drone/NN .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD shot) (ADVP (RB quickly)) (NP (DT a)"
                + " (NN drone))) (. .)))");
    DependencyGraph later =
        graph(
            "Ukraine/NNP/LOCATION shot/VBD/O/shoot a/DT drone/NN down/RB .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD shot) (NP (DT a) (NN drone)) (ADVP (RB down)))"
                + " (. .)))");

    assertThat(quickly.particle(at(quickly, "shot"))).isEmpty();
    assertThat(later.children(at(later, "shot"), "advmod")).containsExactly(at(later, "down"));
    assertThat(later.particle(at(later, "shot"))).isEmpty();
  }

  @Test
  void readsTheHyphenatedFirstPartOfAVerb() {
    DependencyGraph g =
        graph(
            "Pyongyang/NNP/LOCATION test/NN -/HYPH fired/VBD/O/fire a/DT missile/NN .",
            "(ROOT (S (NP (NNP Pyongyang)) (VP (NN test) (HYPH -) (VBD fired) (NP (DT a)"
                + " (NN missile))) (. .)))");

    assertThat(g.prefix(at(g, "fired"))).isEqualTo("test");
    assertThat(g.prefix(at(g, "missile"))).isEmpty();
    assertThat(FIRED_AT.prefix(at(FIRED_AT, "fired"))).isEmpty();
  }
}
