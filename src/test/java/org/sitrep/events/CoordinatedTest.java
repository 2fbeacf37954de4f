package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** The filters that keep non-parties out of dyads. */
class CoordinatedTest {
  private static final String TOKENS =
      "According/VBG to/TO Iranian/JJ/NATIONALITY state/NN television/NN ,/, Araghchi/NNP/PERSON"
          + " spoke/VBD/O/speak with/IN Witkoff/NNP/PERSON .";
  private static final String TREE =
      "(ROOT (S (PP (VBG According) (PP (TO to) (NP (JJ Iranian) (NN state) (NN television)))) (,"
          + " ,) (NP (NNP Araghchi)) (VP (VBD spoke) (PP (IN with) (NP (NNP Witkoff)))) (. .)))";

  private static DependencyGraph graph() {
    return HandParsed.graph(TOKENS, TREE);
  }

  private static Located spoke(String source, int sourceAt, String target, int targetAt) {
    return new Located(
        ActorCode.of(source),
        ActorCode.of(target),
        CameoCode.of("040"),
        7,
        sourceAt,
        targetAt,
        source,
        target);
  }

  @Test
  void theOutletAfterAccordingToIsNoParty() {
    DependencyGraph graph = graph();

    assertThat(Coordinated.reporter(graph, spoke("IRNMED", 2, "USAGOV", 9))).isTrue();
    assertThat(Coordinated.reporter(graph, spoke("USAGOV", 9, "IRNMED", 4))).isTrue();
    assertThat(Coordinated.reporter(graph, spoke("IRNGOV", 6, "USAGOV", 9))).isFalse();
  }

  @Test
  void oneMeetsPeopleNotTheThingsANationalityDescribes() {
    String tokens =
        "Chinese/JJ/NATIONALITY tourists/NNS/O/tourist flocked/VBD/O/flock to/IN"
            + " Japanese/JJ/NATIONALITY ski/NN resorts/NNS/O/resort and/CC"
            + " Japanese/JJ/NATIONALITY officials/NNS/O/official .";
    String tree =
        "(ROOT (S (NP (JJ Chinese) (NNS tourists)) (VP (VBD flocked) (PP (IN to) (NP (NP (JJ"
            + " Japanese) (NN ski) (NNS resorts)) (CC and) (NP (JJ Japanese) (NNS officials)))))"
            + " (. .)))";
    DependencyGraph graph = HandParsed.graph(tokens, tree);

    assertThat(Coordinated.thingTarget(graph, spoke("CHNCVL", 0, "JPN", 4))).isTrue();
    assertThat(Coordinated.thingTarget(graph, spoke("CHNCVL", 0, "JPN", 8))).isFalse();
  }

  @Test
  void anActorAndItsOwnCountryAreOneParty() {
    assertThat(Coordinated.sameParty(spoke("FRAGOV", 0, "FRA", 3))).isTrue();
    assertThat(Coordinated.sameParty(spoke("FRAGOV", 0, "FRAMIL", 3))).isFalse();
    assertThat(Coordinated.sameParty(spoke("FRAGOV", 0, "DZA", 3))).isFalse();
  }
}
