package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
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
  private static final String RESOURCE = "/org/sitrep/geo/place-mentions-heldout.tsv";

  record Mention(String sentenceId, String sentence, String mention, long geonamesId, String country) {}

  private static List<Mention> mentions;

  @BeforeAll
  static void read() throws IOException {
    mentions = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        HeldOutPlaceMentionsTest.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        mentions.add(new Mention(cells[0], cells[1], cells[2], Long.parseLong(cells[3]), cells[4]));
      }
    }
  }

  @Test
  void holdsAtLeast120MentionsEachWrittenInItsSentence() {
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(120);
    assertThat(mentions.stream().map(Mention::sentenceId).distinct().count()).isGreaterThanOrEqualTo(70);
    assertThat(mentions).allSatisfy(m -> {
      assertThat(m.sentence()).contains(m.mention());
      assertThat(m.geonamesId()).isPositive();
    });
  }

  @Test
  void resolvesHeldOutMentions() {
    int offered = 0;
    int mostPopulous = 0;
    for (Mention m : mentions) {
      List<Place> candidates = Gazetteer.shared().lookup(m.mention());
      if (candidates.stream().anyMatch(p -> p.geonamesId() == m.geonamesId())) {
        offered++;
      }
      if (!candidates.isEmpty() && candidates.get(0).geonamesId() == m.geonamesId()) {
        mostPopulous++;
      }
    }
    int resolved = 0;
    PlaceResolver resolver = new PlaceResolver(Gazetteer.shared());
    for (Mention m : mentions) {
      if (resolver.resolve(m.mention(), m.sentence()).map(Place::geonamesId).orElse(0L) == m.geonamesId()) {
        resolved++;
      } else {
        System.out.println("held-out place miss: " + m.sentenceId() + " " + m.mention() + " -> "
            + resolver.resolve(m.mention(), m.sentence())
                .map(p -> p.name() + " " + p.country() + " " + p.featureCode() + " " + p.geonamesId()).orElse("none")
            + " (expected " + m.geonamesId() + " " + m.country() + ")");
      }
    }
    System.out.printf("held-out resolver: %d of %d right (%.1f%%)%n", resolved, mentions.size(),
        100.0 * resolved / mentions.size());
    System.out.printf("held-out place mentions: %d; right place among the candidates %d (%.1f%%);"
            + " most populous candidate (baseline) right %d (%.1f%%)%n", mentions.size(), offered,
        100.0 * offered / mentions.size(), mostPopulous, 100.0 * mostPopulous / mentions.size());
    // every row was annotated with a candidate of its mention
    assertThat((double) offered / mentions.size()).isGreaterThanOrEqualTo(1.0);
    // The held-out score when the set was written (resolver of the 199/199 development set):
    // 218 of 228 (95.6%), against 85.1% for the most populous candidate. Pinned about 3 points
    // lower so that a regression shows, with room for gazetteer data changes. NEVER raise this
    // by tuning the resolver on this file's misses: it must stay held out.
    assertThat((double) resolved / mentions.size()).isGreaterThanOrEqualTo(0.925);
  }
}
