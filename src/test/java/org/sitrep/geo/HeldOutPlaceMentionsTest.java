package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The held-out place mentions (`place-mentions-heldout.tsv`): sentences and places that {@link
 * PlaceResolver} was not developed against, checked as data and scored the same way as {@link
 * PlaceMentionsTest}. This is the honest accuracy figure; the development set's score overstates
 * it.
 *
 * <p>This set must NEVER be used for tuning: do not change the resolver to fix the misses printed
 * here, or the score stops measuring anything. Improve the resolver against place-mentions.tsv (or
 * a new development set) and only read this score afterwards.
 */
class HeldOutPlaceMentionsTest {
  private static final PlaceMentionSet SET =
      PlaceMentionSet.read("held-out", "/org/sitrep/geo/place-mentions-heldout.tsv");

  @Test
  void holdsAtLeast120MentionsEachWrittenInItsSentence() {
    assertThat(SET.mentions()).hasSizeGreaterThanOrEqualTo(120);
    assertThat(SET.mentions().stream().map(PlaceMentionSet.Mention::sentenceId).distinct().count())
        .isGreaterThanOrEqualTo(70);
    assertThat(SET.mentions())
        .allSatisfy(
            m -> {
              assertThat(m.sentence()).contains(m.mention());
              assertThat(m.geonamesId()).isPositive();
            });
  }

  @Test
  void resolvesHeldOutMentions() {
    PlaceMentionSet.Score score =
        SET.score(new PlaceResolver(Gazetteer.shared()), Gazetteer.shared());

    // every row was annotated with a candidate of its mention
    assertThat(score.offeredShare()).isGreaterThanOrEqualTo(1.0);
    // The held-out score when the set was written (resolver of the 199/199 development set):
    // 218 of 228 (95.6%), against 85.1% for the most populous candidate. Pinned about 3 points
    // lower so that a regression shows, with room for gazetteer data changes. NEVER raise this
    // by tuning the resolver on this file's misses: it must stay held out.
    assertThat(score.resolvedShare()).isGreaterThanOrEqualTo(0.925);
  }
}
