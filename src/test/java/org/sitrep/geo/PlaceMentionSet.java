package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-annotated set of place mentions (a TSV resource: sentence id, sentence, mention, GeoNames
 * id, country; '#' comments and a header line) and how a resolver scores on it. Scoring prints
 * every miss and a summary line starting with {@code label}, so `mvn test` output shows them.
 */
record PlaceMentionSet(String label, List<PlaceMentionSet.Mention> mentions) {
  record Mention(
      String sentenceId, String sentence, String mention, long geonamesId, String country) {}

  /**
   * How a set scored: resolved right, right place among the candidates, most populous candidate
   * right.
   */
  record Score(int resolved, int offered, int mostPopulous, int of) {
    double resolvedShare() {
      return (double) resolved / of;
    }

    double offeredShare() {
      return (double) offered / of;
    }
  }

  static PlaceMentionSet read(String label, String resource) {
    List<Mention> mentions = new ArrayList<>();
    InputStream stream = PlaceMentionSet.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException(resource + " is not on the test classpath");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return new PlaceMentionSet(label, List.copyOf(mentions));
  }

  /** Scores {@code resolver} on the set, printing each miss and a summary. */
  Score score(PlaceResolver resolver, Gazetteer gazetteer) {
    int offered = 0;
    int mostPopulous = 0;
    int resolved = 0;
    for (Mention m : mentions) {
      List<Place> candidates = gazetteer.lookup(m.mention());
      if (candidates.stream().anyMatch(p -> p.geonamesId() == m.geonamesId())) {
        offered++;
      }
      if (!candidates.isEmpty() && candidates.get(0).geonamesId() == m.geonamesId()) {
        mostPopulous++;
      }
      var chosen = resolver.resolve(m.mention(), m.sentence());
      if (chosen.map(Place::geonamesId).orElse(0L) == m.geonamesId()) {
        resolved++;
      } else {
        System.out.println(
            label
                + " place miss: "
                + m.sentenceId()
                + " "
                + m.mention()
                + " -> "
                + chosen
                    .map(
                        p ->
                            p.name()
                                + " "
                                + p.country()
                                + " "
                                + p.featureCode()
                                + " "
                                + p.geonamesId())
                    .orElse("none")
                + " (expected "
                + m.geonamesId()
                + " "
                + m.country()
                + ")");
      }
    }
    int of = mentions.size();
    System.out.printf(
        Locale.ROOT,
        "%s resolver: %d of %d right (%.1f%%); right place among the candidates %d (%.1f%%);"
            + " most populous candidate right %d (%.1f%%)%n",
        label,
        resolved,
        of,
        100.0 * resolved / of,
        offered,
        100.0 * offered / of,
        mostPopulous,
        100.0 * mostPopulous / of);
    return new Score(resolved, offered, mostPopulous, of);
  }
}
