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
 * The hand-annotated place mentions of issue 5 (`place-mentions.tsv`), checked as data, and how
 * they are resolved: how often the right place is among a name's candidates (the most a resolver
 * can reach), how often it is the most populous one (the baseline), and how often {@link
 * PlaceResolver} picks it. Printed; the first and the last are pinned at today's level.
 */
class PlaceMentionsTest {
  private static final String RESOURCE = "/org/sitrep/geo/place-mentions.tsv";

  record Mention(String sentenceId, String sentence, String mention, long geonamesId, String country) {}

  private static List<Mention> mentions;

  @BeforeAll
  static void read() throws IOException {
    mentions = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PlaceMentionsTest.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
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
  void holdsAtLeast150MentionsEachWrittenInItsSentence() {
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(150);
    assertThat(mentions).allSatisfy(m -> {
      assertThat(m.sentence()).contains(m.mention());
      assertThat(m.geonamesId()).isPositive();
    });
  }

  @Test
  void resolvesMentionsBetterThanTheMostPopulousPlaceOfTheName() {
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
        // the misses, for whoever improves the resolver next
        System.out.println("place miss: " + m.sentenceId() + " " + m.mention() + " -> " + resolver.resolve(m.mention(),
            m.sentence()).map(p -> p.name() + " " + p.country() + " " + p.featureCode()).orElse("none"));
      }
    }
    System.out.printf("resolver: %d of %d right (%.1f%%)%n", resolved, mentions.size(), 100.0 * resolved / mentions.size());
    System.out.printf("place mentions: %d; right place among the candidates %d (%.1f%%);"
            + " most populous candidate right %d (%.1f%%)%n", mentions.size(), offered,
        100.0 * offered / mentions.size(), mostPopulous, 100.0 * mostPopulous / mentions.size());
    // every right place is offered since Arabic names are also indexed without "al-" (Hodeidah)
    assertThat((double) offered / mentions.size()).isGreaterThanOrEqualTo(1.0);
    // issue 5 asks for 95%; the first resolver reached 90.5%, the one with priors for rank, fame
    // and borrowed names and the apposition and "the"/"region" cues resolves all 199: pinned so
    // that it only goes up. Tight margins, should data change: Bethlehem (PS over PA) and
    // Birmingham (England over Alabama)
    assertThat((double) resolved / mentions.size()).isGreaterThanOrEqualTo(1.0);
  }
}
