package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

class ClusterScorerTest {
  private static final String GOLD =
      """
      {"events": [
        {"id": "e1", "title": "strike", "source": "RUSMIL", "target": "UKR", "code": "195",
         "root": "19", "date": "2025-03-07", "contested": true, "contested_on": ["quantity"],
         "neighbour_of": "", "note": "",
         "mentions": [
           {"article": "a", "evidence": "Russia struck Kyiv.", "claimed_by": "", "quantity": ""},
           {"article": "b", "evidence": "Kyiv was hit by Russia.", "claimed_by": "", "quantity": ""},
           {"article": "c", "evidence": "Moscow hit Kyiv.", "claimed_by": "", "quantity": ""}]},
        {"id": "e2", "title": "next day", "source": "RUSMIL", "target": "UKR", "code": "195",
         "root": "19", "date": "2025-03-08", "contested": false, "contested_on": [],
         "neighbour_of": "e1", "note": "",
         "mentions": [
           {"article": "d", "evidence": "Russia struck Odesa.", "claimed_by": "", "quantity": "",
            "source": "RUS", "target": "UKR"}]}
      ]}
      """;

  private static Event told(
      String article, String source, String target, String code, String text) {
    return Fixtures.inArticle(Fixtures.eventIn(0, source, target, code, text), article, 0);
  }

  @Test
  void scoresPairsOfCodedReportsAndFlaggedDisputes() {
    List<GoldCluster> gold = ClusterGoldReader.parse(GOLD, "gold.json");
    List<ClusterScorer.Reported> reported = new ArrayList<>();
    // a and b merged and flagged; c apart; d wrongly merged with a and b; an accusation from c's
    // sentence is another kind of event and is not c's report of the strike
    reported.add(
        new ClusterScorer.Reported(
            1, true, told("a", "RUSMIL", "UKR", "195", "Russia struck Kyiv.")));
    reported.add(
        new ClusterScorer.Reported(
            1, true, told("b", "RUS", "UKRGOV", "190", "Kyiv was hit by Russia.")));
    reported.add(
        new ClusterScorer.Reported(7, false, told("c", "UKR", "RUS", "112", "Moscow hit Kyiv.")));
    reported.add(
        new ClusterScorer.Reported(
            1, true, told("d", "RUS", "UKR", "195", "Russia struck Odesa.")));

    ClusterScores scores = ClusterScorer.score(gold, reported);

    assertThat(scores.paired()).isEqualTo(3); // c's only mention is of root 11
    assertThat(scores.pairsTogether()).isEqualTo(3); // a-b, a-d, b-d
    assertThat(scores.pairsRight()).isEqualTo(1);
    assertThat(scores.goldPairsTogether()).isEqualTo(1);
    assertThat(scores.precision()).isEqualTo(1 / 3.0);
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.contestedJudged()).isEqualTo(1);
    assertThat(scores.contestedFound()).isEqualTo(1.0);
    assertThat(scores.format())
        .contains("e1: 2 of 3 reports coded, in 1 stored event(s) [#1 x2]; contested: flagged")
        .contains("#1 holds reports of several gold events: {e1=2, e2=1}")
        .contains("grouping: pairwise P 0.333 R 1.000 F1 0.500")
        .contains("coverage: 3 of 4 gold reports coded");
  }

  @Test
  void aGoldFileWithAnUnknownKeyNamesFileAndLine() {
    assertThatThrownBy(
            () ->
                ClusterGoldReader.parse(
                    "{\"events\": [\n {\"id\": \"x\", \"sauce\": 1}]}", "g.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("g.json")
        .hasMessageContaining("2");
    assertThatThrownBy(
            () ->
                ClusterGoldReader.parse(
                    "{\"events\": [{\"id\": \"x\", \"source\": \"RUS\","
                        + " \"root\": \"19\", \"mentions\": []}]}",
                    "g.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("expected \"contested\"");
    assertThatThrownBy(
            () ->
                ClusterGoldReader.parse(
                    "{\"events\": [{\"id\": \"x\", \"source\": \"RUS\","
                        + " \"root\": \"19\", \"contested\": false, \"mentions\": []}]}",
                    "g.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("no mentions");
  }

  @Test
  void everyReportOfTheBundledClusterSetIsASentenceOfItsArticle() throws IOException {
    Path dir = Path.of("samples", "clusters");
    List<GoldCluster> gold = ClusterGoldReader.readAll(dir.resolve("gold"));
    assertThat(gold).hasSizeGreaterThanOrEqualTo(25);
    assertThat(
            gold.stream()
                .filter(
                    c ->
                        c.neighbourOf().isEmpty()
                            && c.mentions().stream()
                                    .map(GoldCluster.GoldReport::article)
                                    .distinct()
                                    .count()
                                >= 2))
        .as("events told by two or more articles")
        .hasSizeGreaterThanOrEqualTo(25);
    for (GoldCluster cluster : gold) {
      for (GoldCluster.GoldReport report : cluster.mentions()) {
        String article =
            Files.readString(dir.resolve("articles").resolve(report.article() + ".json"));
        String text =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(article)
                .get("text")
                .asText();
        assertThat(text).as("%s in %s", cluster.id(), report.article()).contains(report.evidence());
      }
    }
  }
}
