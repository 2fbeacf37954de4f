package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/** Whether an appeal names whom it asks to act, on hand-written trees (no model). */
class AddresseesTest {
  private static DependencyGraph graph(String tokens, String tree) {
    return HandParsed.graph(tokens, tree);
  }

  @Test
  void anAppealToStatesToActNamesItsAddressees() {
    DependencyGraph g =
        graph(
            "Guterres/NNP/PERSON urged/VBD/O/urge member/NN states/NNS/O/state to/TO act/VB/O/act"
                + " ./.",
            "(ROOT (S (NP (NNP Guterres)) (VP (VBD urged) (S (NP (NN member) (NNS states)) (VP (TO"
                + " to) (VP (VB act))))) (. .)))");

    assertThat(Addressees.unnamed(g, 1)).isTrue();
  }

  @Test
  void anAppealForCalmNamesNoOne() {
    DependencyGraph g =
        graph(
            "Guterres/NNP/PERSON urged/VBD/O/urge calm/NN ./.",
            "(ROOT (S (NP (NNP Guterres)) (VP (VBD urged) (NP (NN calm))) (. .)))");

    assertThat(Addressees.unnamed(g, 1)).isFalse();
  }

  @Test
  void aPronounIsAnActorLeftUnresolvedNotAnUnnamedAddressee() {
    DependencyGraph g =
        graph(
            "Paris/NNP/LOCATION urged/VBD/O/urge them/PRP/O/they to/TO talk/VB/O/talk ./.",
            "(ROOT (S (NP (NNP Paris)) (VP (VBD urged) (S (NP (PRP them)) (VP (TO to) (VP (VB"
                + " talk))))) (. .)))");

    assertThat(Addressees.unnamed(g, 1)).isFalse();
  }

  @Test
  void aStatesAppealToPeopleIsToItsOwnPopulation() {
    DependencyGraph g =
        graph(
            "The/DT army/NN/O/army asked/VBD/O/ask people/NNS/O/people to/TO stay/VB/O/stay"
                + " away/RB ./.",
            "(ROOT (S (NP (DT The) (NN army)) (VP (VBD asked) (S (NP (NNS people)) (VP (TO to) (VP"
                + " (VB stay) (ADVP (RB away)))))) (. .)))");
    List<Found> army = List.of(new Found(ActorCode.of("LBNMIL"), 1, "The army"));

    assertThat(Addressees.publicOf(g, 2, army))
        .extracting(f -> f.code().value())
        .containsExactly("LBNCVL");
  }

  @Test
  void aCallOnPartnersToActNamesThem() {
    DependencyGraph g =
        graph(
            "Kyiv/NNP/LOCATION called/VBD/O/call on/IN partners/NNS/O/partner to/TO act/VB/O/act"
                + " ./.",
            "(ROOT (S (NP (NNP Kyiv)) (VP (VBD called) (PP (IN on) (NP (NNS partners))) (S (VP (TO"
                + " to) (VP (VB act))))) (. .)))");

    assertThat(Addressees.unnamed(g, 1)).isTrue();
  }
}
