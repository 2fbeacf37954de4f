package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.clauses.HandParsed.at;
import static org.sitrep.clauses.HandParsed.graph;

import org.junit.jupiter.api.Test;

/**
 * Whether a clause tells a fact: negation, passive voice, conditions and speculation, nouns that
 * are only the subject of a hypothesis, and nouns that point back at an event told before. Real
 * enhanced++ dependencies converted from hand-written trees ({@link HandParsed}, no model).
 */
class DependencyGraphFactualityTest {
  private static final DependencyGraph ATTACKED =
      graph(
          "Russia/NNP/LOCATION attacked/VBD/O/attack Kyiv/NNP/LOCATION .",
          "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Kyiv))) (. .)))");

  @Test
  void aVerbWithNotIsNegated() {
    DependencyGraph g =
        graph(
            "Russia/NNP/LOCATION did/VBD/O/do not/RB attack/VB Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Kyiv))))"
                + " (. .)))");

    assertThat(g.isNegated(at(g, "attack"))).isTrue();
    assertThat(ATTACKED.isNegated(at(ATTACKED, "attacked"))).isFalse();
  }

  @Test
  void aVerbWithNeverOrContractedNotIsNegated() {
    DependencyGraph never =
        graph(
            "Putin/NNP/PERSON never/RB met/VBD/O/meet Zelenskyy/NNP/PERSON .",
            "(ROOT (S (NP (NNP Putin)) (ADVP (RB never)) (VP (VBD met) (NP (NNP Zelenskyy)))"
                + " (. .)))");
    DependencyGraph didnt =
        graph(
            "Russia/NNP/LOCATION did/VBD/O/do n't/RB/O/not attack/VB Kyiv/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD did) (RB n't) (VP (VB attack) (NP (NNP Kyiv))))"
                + " (. .)))");

    assertThat(never.isNegated(at(never, "met"))).isTrue();
    assertThat(didnt.isNegated(at(didnt, "attack"))).isTrue();
  }

  @Test
  void aNounWithNoIsNegatedButNotItsVerb() {
    DependencyGraph g =
        graph(
            "There/EX were/VBD/O/be no/DT talks/NNS/O/talk .",
            "(ROOT (S (NP (EX There)) (VP (VBD were) (NP (DT no) (NNS talks))) (. .)))");

    assertThat(g.isNegated(at(g, "talks"))).isTrue();
    assertThat(g.isNegated(at(g, "were"))).isFalse();
  }

  @Test
  void aClauseWithAPassiveSubjectIsPassive() {
    DependencyGraph g =
        graph(
            "Kyiv/NNP/LOCATION was/VBD/O/be attacked/VBN/O/attack by/IN Russia/NNP/LOCATION .",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP"
                + " Russia))))) (. .)))");
    int attacked = at(g, "attacked");

    assertThat(g.children(attacked, "nsubj:pass")).containsExactly(at(g, "Kyiv"));
    assertThat(g.isPassive(attacked)).isTrue();
    assertThat(g.children(attacked, "obl:agent")).containsExactly(at(g, "Russia"));
    assertThat(ATTACKED.isPassive(at(ATTACKED, "attacked"))).isFalse();
  }

  @Test
  void aPassiveWhoseSubjectIsOnlyControlledIsStillPassive() {
    DependencyGraph g =
        graph(
            "Kyiv/NNP/LOCATION feared/VBD/O/fear to/TO be/VB attacked/VBN/O/attack .",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD feared) (S (VP (TO to) (VP (VB be) (VP (VBN"
                + " attacked)))))) (. .)))");
    int attacked = at(g, "attacked");

    assertThat(g.children(attacked, "nsubj:pass")).isEmpty();
    assertThat(g.children(attacked, "aux:pass")).containsExactly(at(g, "be"));
    assertThat(g.isPassive(attacked)).isTrue();
    assertThat(g.isPassive(at(g, "feared"))).isFalse();
  }

  @Test
  void aClauseMarkedIfOrUnlessIsHypotheticalAndSoIsItsConsequence() {
    DependencyGraph g =
        graph(
            "If/IN Russia/NNP/LOCATION attacks/VBZ/O/attack Kyiv/NNP/LOCATION ,/,"
                + " Ukraine/NNP/LOCATION will/MD respond/VB .",
            "(ROOT (S (SBAR (IN If) (S (NP (NNP Russia)) (VP (VBZ attacks) (NP (NNP Kyiv)))))"
                + " (, ,) (NP (NNP Ukraine)) (VP (MD will) (VP (VB respond))) (. .)))");
    DependencyGraph unless =
        graph(
            "Unless/IN Russia/NNP/LOCATION withdraws/VBZ/O/withdraw ,/, Kyiv/NNP/LOCATION"
                + " fights/VBZ/O/fight .",
            "(ROOT (S (SBAR (IN Unless) (S (NP (NNP Russia)) (VP (VBZ withdraws)))) (, ,) (NP"
                + " (NNP Kyiv)) (VP (VBZ fights)) (. .)))");

    assertThat(g.isHypothetical(at(g, "attacks"))).isTrue();
    assertThat(g.isHypothetical(at(g, "respond"))).isTrue();
    assertThat(unless.isHypothetical(at(unless, "withdraws"))).isTrue();
    // no modal: the main clause of a present-tense condition states a habit, kept as a fact
    assertThat(unless.isHypothetical(at(unless, "fights"))).isFalse();
  }

  @Test
  void couldMightAndMayMakeAClauseSpeculation() {
    for (String modal : new String[] {"could", "might", "may"}) {
      DependencyGraph g =
          graph(
              "Russia/NNP/LOCATION " + modal + "/MD strike/VB Kyiv/NNP/LOCATION .",
              "(ROOT (S (NP (NNP Russia)) (VP (MD "
                  + modal
                  + ") (VP (VB strike) (NP (NNP Kyiv)))) (. .)))");

      assertThat(g.isHypothetical(at(g, "strike"))).as(modal).isTrue();
    }
  }

  @Test
  void willOrWouldWithoutAConditionIsAnIntentionNotAHypothesis() {
    for (String modal : new String[] {"will", "would"}) {
      DependencyGraph g =
          graph(
              "Moscow/NNP/LOCATION " + modal + "/MD respond/VB .",
              "(ROOT (S (NP (NNP Moscow)) (VP (MD " + modal + ") (VP (VB respond))) (. .)))");

      assertThat(g.isHypothetical(at(g, "respond"))).as(modal).isFalse();
    }
    assertThat(ATTACKED.isHypothetical(at(ATTACKED, "attacked"))).isFalse();
  }

  @Test
  void wouldWithAnIfClauseIsAHypothesis() {
    DependencyGraph g =
        graph(
            "Moscow/NNP/LOCATION would/MD respond/VB if/IN NATO/NNP/ORGANIZATION"
                + " intervened/VBD/O/intervene .",
            "(ROOT (S (NP (NNP Moscow)) (VP (MD would) (VP (VB respond) (SBAR (IN if) (S (NP"
                + " (NNP NATO)) (VP (VBD intervened)))))) (. .)))");

    assertThat(g.isHypothetical(at(g, "respond"))).isTrue();
    assertThat(g.isHypothetical(at(g, "intervened"))).isTrue();
  }

  @Test
  void theSubjectOfAWouldClauseIsInAHypothesis() {
    DependencyGraph g =
        graph(
            "A/DT Russian/JJ/NATIONALITY attack/NN on/IN Poland/NNP/LOCATION would/MD"
                + " trigger/VB a/DT war/NN .",
            "(ROOT (S (NP (NP (DT A) (JJ Russian) (NN attack)) (PP (IN on) (NP (NNP Poland))))"
                + " (VP (MD would) (VP (VB trigger) (NP (DT a) (NN war)))) (. .)))");

    assertThat(g.isInHypothesis(at(g, "attack"))).isTrue();
    // only the subject: the object of the hypothesis is not what the clause supposes
    assertThat(g.isInHypothesis(at(g, "war"))).isFalse();
  }

  @Test
  void theSubjectOfAConditionIsInAHypothesis() {
    DependencyGraph g =
        graph(
            "If/IN talks/NNS/O/talk fail/VBP ,/, Kyiv/NNP/LOCATION fights/VBZ/O/fight .",
            "(ROOT (S (SBAR (IN If) (S (NP (NNS talks)) (VP (VBP fail)))) (, ,) (NP (NNP Kyiv))"
                + " (VP (VBZ fights)) (. .)))");

    assertThat(g.isInHypothesis(at(g, "talks"))).isTrue();
    assertThat(g.isInHypothesis(at(g, "Kyiv"))).isFalse();
  }

  @Test
  void theSubjectOfAFactIsNotInAHypothesis() {
    DependencyGraph g =
        graph(
            "A/DT Russian/JJ/NATIONALITY attack/NN on/IN Kharkiv/NNP/LOCATION killed/VBD/O/kill"
                + " five/CD/NUMBER people/NNS .",
            "(ROOT (S (NP (NP (DT A) (JJ Russian) (NN attack)) (PP (IN on) (NP (NNP Kharkiv))))"
                + " (VP (VBD killed) (NP (CD five) (NNS people))) (. .)))");

    assertThat(g.isInHypothesis(at(g, "attack"))).isFalse();
  }

  @Test
  void aNounAfterTheThisOrThatPointsBackAtAnEvent() {
    for (String determiner : new String[] {"the", "this", "that"}) {
      DependencyGraph g =
          graph(
              "Tokyo/NNP/LOCATION condemned/VBD/O/condemn " + determiner + "/DT test/NN .",
              "(ROOT (S (NP (NNP Tokyo)) (VP (VBD condemned) (NP (DT "
                  + determiner
                  + ") (NN test))) (. .)))");

      assertThat(g.isDefiniteReference(at(g, "test"))).as(determiner).isTrue();
    }
  }

  @Test
  void aNounAfterAPossessivePronounPointsBackAtAnEvent() {
    DependencyGraph g =
        graph(
            "Putin/NNP/PERSON praised/VBD/O/praise his/PRP$ call/NN with/IN Trump/NNP/PERSON .",
            "(ROOT (S (NP (NNP Putin)) (VP (VBD praised) (NP (NP (PRP$ his) (NN call)) (PP (IN"
                + " with) (NP (NNP Trump))))) (. .)))");

    assertThat(g.isDefiniteReference(at(g, "call"))).isTrue();
  }

  @Test
  void aNounWithAnIndefiniteArticleOrANamedPossessorTellsANewEvent() {
    DependencyGraph indefinite =
        graph(
            "Tokyo/NNP/LOCATION condemned/VBD/O/condemn a/DT test/NN .",
            "(ROOT (S (NP (NNP Tokyo)) (VP (VBD condemned) (NP (DT a) (NN test))) (. .)))");
    DependencyGraph named =
        graph(
            "Erdogan/NNP/PERSON 's/POS visit/NN to/IN Baghdad/NNP/LOCATION ended/VBD/O/end .",
            "(ROOT (S (NP (NP (NNP Erdogan) (POS 's)) (NN visit) (PP (IN to) (NP (NNP Baghdad))))"
                + " (VP (VBD ended)) (. .)))");
    DependencyGraph bare =
        graph(
            "Russia/NNP/LOCATION launched/VBD/O/launch strikes/NNS/O/strike .",
            "(ROOT (S (NP (NNP Russia)) (VP (VBD launched) (NP (NNS strikes))) (. .)))");

    assertThat(indefinite.isDefiniteReference(at(indefinite, "test"))).isFalse();
    assertThat(named.isDefiniteReference(at(named, "visit"))).isFalse();
    assertThat(bare.isDefiniteReference(at(bare, "strikes"))).isFalse();
  }

  @Test
  void whatSomeoneIsWarnedAgainstOrAccusedOfIsNoFact() {
    DependencyGraph warned =
        graph(
            "Iran/NNP/LOCATION warned/VBD/O/warn Israel/NNP/LOCATION against/IN"
                + " attacking/VBG/O/attack Iranian/JJ/NATIONALITY territory/NN .",
            "(ROOT (S (NP (NNP Iran)) (VP (VBD warned) (NP (NNP Israel)) (PP (IN against) (S (VP"
                + " (VBG attacking) (NP (JJ Iranian) (NN territory)))))) (. .)))");
    DependencyGraph accused =
        graph(
            "Ukraine/NNP/LOCATION accused/VBD/O/accuse Russia/NNP/LOCATION of/IN"
                + " targeting/VBG/O/target hospitals/NNS/O/hospital .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD accused) (NP (NNP Russia)) (PP (IN of) (S (VP"
                + " (VBG targeting) (NP (NNS hospitals)))))) (. .)))");
    DependencyGraph criticised =
        graph(
            "Ukraine/NNP/LOCATION criticised/VBD/O/criticise Russia/NNP/LOCATION for/IN"
                + " targeting/VBG/O/target hospitals/NNS/O/hospital .",
            "(ROOT (S (NP (NNP Ukraine)) (VP (VBD criticised) (NP (NNP Russia)) (PP (IN for) (S"
                + " (VP (VBG targeting) (NP (NNS hospitals)))))) (. .)))");

    assertThat(warned.isWarnedAgainstOrAlleged(at(warned, "attacking"))).isTrue();
    assertThat(warned.isWarnedAgainstOrAlleged(at(warned, "warned"))).isFalse();
    assertThat(accused.isWarnedAgainstOrAlleged(at(accused, "targeting"))).isTrue();
    // what is criticised happened
    assertThat(criticised.isWarnedAgainstOrAlleged(at(criticised, "targeting"))).isFalse();
  }
}
