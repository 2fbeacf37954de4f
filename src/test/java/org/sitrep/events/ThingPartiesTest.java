package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.clauses.HandParsed;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** A pattern's party phrase whose head is a thing the actor only describes is no party. */
class ThingPartiesTest {
  private static final ActorCoder ACTORS = new ActorCoder(Dictionaries.current());

  private static ThingParties things(String tokens, String tree, List<Mention> mentions) {
    return new ThingParties(
        HandParsed.graph(tokens, tree), mentions, PredicateLexicon.bundled(), ACTORS);
  }

  private static Mention actor(int start, int end, String code, String... words) {
    return new Mention(
        0, start, end, List.of(words), Optional.of(code), Mention.Kind.GROUP, Optional.empty());
  }

  private static Located event(
      String source, int sourceAt, String target, int targetAt, String code) {
    return new Located(
        ActorCode.of(source),
        ActorCode.of(target),
        CameoCode.of(code),
        2,
        sourceAt,
        targetAt,
        source,
        target);
  }

  @Test
  void goodsDoNotVisit() {
    ThingParties things =
        things(
            "Chinese/JJ goods/NNS returned/VBD/O/return to/TO Japan/NNP ./.",
            "(ROOT (S (NP (JJ Chinese) (NNS goods)) (VP (VBD returned) (PP (TO to) (NP (NNP"
                + " Japan)))) (. .)))",
            List.of(actor(0, 1, "CHN", "Chinese"), actor(4, 5, "JPN", "Japan")));

    assertThat(things.namesThing(event("CHN", 0, "JPN", 4, "042"))).isTrue();
  }

  @Test
  void officialsDoAndForceFallsOnThings() {
    ThingParties officials =
        things(
            "Chinese/JJ officials/NNS/O/official returned/VBD/O/return to/TO Japan/NNP ./.",
            "(ROOT (S (NP (JJ Chinese) (NNS officials)) (VP (VBD returned) (PP (TO to) (NP (NNP"
                + " Japan)))) (. .)))",
            List.of(actor(0, 1, "CHN", "Chinese"), actor(4, 5, "JPN", "Japan")));
    ThingParties goods =
        things(
            "Chinese/JJ goods/NNS returned/VBD/O/return to/TO Japan/NNP ./.",
            "(ROOT (S (NP (JJ Chinese) (NNS goods)) (VP (VBD returned) (PP (TO to) (NP (NNP"
                + " Japan)))) (. .)))",
            List.of(actor(0, 1, "CHN", "Chinese"), actor(4, 5, "JPN", "Japan")));

    assertThat(officials.namesThing(event("CHN", 0, "JPN", 4, "042"))).isFalse();
    assertThat(goods.namesThing(event("CHN", 0, "JPN", 4, "190"))).isFalse();
  }

  @Test
  void aScepticIsNotTheActorHeDoubts() {
    ThingParties things =
        things(
            "A/DT NATO/NNP sceptic/NN criticised/VBD/O/criticise Ukraine/NNP ./.",
            "(ROOT (S (NP (DT A) (NNP NATO) (NN sceptic)) (VP (VBD criticised) (NP (NNP"
                + " Ukraine))) (. .)))",
            List.of(actor(1, 2, "IGOWSTNAT", "NATO"), actor(4, 5, "UKR", "Ukraine")));

    assertThat(things.namesThing(event("IGOWSTNAT", 0, "UKR", 4, "111"))).isTrue();
  }

  @Test
  void anIndirectObjectIsNoModifierOfTheThingGiven() {
    List<Mention> mentions = new ArrayList<>();
    mentions.add(actor(0, 1, "ARM", "Armenia"));
    mentions.add(actor(3, 5, "USA", "United", "States"));
    ThingParties things =
        things(
            "Armenia/NNP offered/VBD/O/offer the/DT United/NNP States/NNPS transit/NN rights/NNS"
                + " ./.",
            "(ROOT (S (NP (NNP Armenia)) (VP (VBD offered) (NP (DT the) (NNP United) (NNPS"
                + " States)) (NP (NN transit) (NNS rights))) (. .)))",
            mentions);

    assertThat(things.namesThing(event("ARM", 0, "USA", 2, "050"))).isFalse();
  }
}
