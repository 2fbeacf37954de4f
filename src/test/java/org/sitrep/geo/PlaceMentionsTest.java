package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hand-annotated place mentions of issue 5 (`place-mentions.tsv`), checked as data, and how
 * they are resolved: how often the right place is among a name's candidates (the most a resolver
 * can reach), how often it is the most populous one (the baseline), and how often {@link
 * PlaceResolver} picks it. The resolver's rules were developed against this set, so its score
 * overstates accuracy: {@link HeldOutPlaceMentionsTest} gives the honest figure.
 */
class PlaceMentionsTest {
  private static final PlaceMentionSet SET =
      PlaceMentionSet.read("development", "/org/sitrep/geo/place-mentions.tsv");

  @Test
  void holdsAtLeast150MentionsEachWrittenInItsSentence() {
    assertThat(SET.mentions()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(SET.mentions())
        .allSatisfy(
            m -> {
              assertThat(m.sentence()).contains(m.mention());
              assertThat(m.geonamesId()).isPositive();
            });
  }

  @Test
  void resolvesMentionsBetterThanTheMostPopulousPlaceOfTheName() {
    PlaceMentionSet.Score score =
        SET.score(new PlaceResolver(Gazetteer.shared()), Gazetteer.shared());

    // every right place is offered since Arabic names are also indexed without "al-" (Hodeidah)
    assertThat(score.offeredShare()).isGreaterThanOrEqualTo(1.0);
    // issue 5 asks for 95%; the first resolver reached 90.5%, the one with priors for rank, fame
    // and borrowed names and the apposition and "the"/"region" cues resolves all 199: pinned so
    // that it only goes up. Tight margins, should data change: Bethlehem (PS over PA) and
    // Birmingham (England over Alabama)
    assertThat(score.resolvedShare()).isGreaterThanOrEqualTo(1.0);
    assertThat(score.resolved()).isGreaterThan(score.mostPopulous());
  }
}
