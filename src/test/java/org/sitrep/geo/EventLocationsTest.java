package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.SharedExamples;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.pipeline.ArticleCoder;

/**
 * Each event's location and the rule that chose it, through the whole pipeline with the real
 * models.
 */
@NeedsModels
class EventLocationsTest {
  private static ArticleCoder coder;

  @BeforeAll
  static void loadModels() {
    coder = new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current(), Gazetteer.shared());
  }

  private static CodedArticle code(String text) {
    return coder.code(
        new Article(
            "t",
            Optional.of(LocalDate.of(2025, 3, 3)),
            Optional.empty(),
            Optional.empty(),
            text,
            Optional.empty(),
            "test"));
  }

  /**
   * "RUSMIL>UKR 190 @ Kharkiv/UKR by target" for the event of {@code code} whose sentence starts
   * with {@code start}.
   */
  private static String located(CodedArticle coded, String start, String code) {
    Event e =
        coded.events().stream()
            .filter(x -> x.code().value().equals(code) && x.evidence().text().startsWith(start))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no " + code + " event in \"" + start + "...\": " + coded.events()));
    Location at = e.location().orElseThrow(() -> new AssertionError("no location: " + e));
    return e.source().code()
        + ">"
        + e.target().map(t -> t.code().value()).orElse("")
        + " "
        + e.code()
        + " @ "
        + at.name()
        + "/"
        + at.country()
        + " by "
        + at.rule();
  }

  @Test
  void aPlaceInTheEventsOwnClauseComesFirstAndTheMostSpecificOfThem() {
    CodedArticle coded =
        code(
            "At a summit in Brussels, Zelensky accused Russia of war crimes.\n"
                + "Turkish President Recep Tayyip Erdogan hosted talks between Russia and Ukraine in Istanbul.\n"
                + "Ukrainian President Volodymyr Zelensky, speaking in Brussels, said Russian forces attacked Ukrainian soldiers"
                + " near Bakhmut.");

    assertThat(located(coded, "At a summit", "1124"))
        .isEqualTo("UKRGOV>RUS 1124 @ Brussels/BEL by clause");
    assertThat(located(coded, "Turkish", "043"))
        .isEqualTo("TURGOV>RUSGOV 043 @ Istanbul/TUR by clause");
    assertThat(located(coded, "Ukrainian President", "190"))
        .isEqualTo("RUSMIL>UKRMIL 190 @ Bakhmut/UKR by clause");
  }

  @Test
  void elseThePlaceTheTargetIs() {
    CodedArticle coded = code("Russian forces shelled Kherson on Tuesday.");

    // shelling is CAMEO 194, fighting with artillery
    assertThat(located(coded, "Russian forces", "194"))
        .isEqualTo("RUSMIL>UKR 194 @ Kherson/UKR by target");
  }

  @Test
  void aThingSaidHappensWhereItWasSaidButAnAttackItReportsDoesNot() {
    CodedArticle coded =
        code(
            "Putin spoke at a forum in Sochi on Thursday, where he praised Trump. \"We are ready to talk"
                + " to Trump,\" he said.\n\n"
                + "Zelensky was in Brussels on Monday. \"Russian troops attacked our soldiers,\" he said.");

    assertThat(located(coded, "\"We are ready", "036"))
        .isEqualTo("RUSGOV>USAGOV 036 @ Sochi/RUS by speech");
    assertThat(located(coded, "\"Russian troops", "190"))
        .endsWith("@ Ukraine/UKR by target-country");
  }

  @Test
  void anOpeningParticipleSaysWhereAThingWasSaid() {
    CodedArticle coded =
        code(
            "Speaking in Paris, French President Emmanuel Macron urged Israel to respect the ceasefire.");

    assertThat(located(coded, "Speaking in Paris", "020"))
        .isEqualTo("FRAGOV>ISRGOV 020 @ Paris/FRA by speech");
  }

  @Test
  void elseTheTargetsCountry() {
    CodedArticle coded =
        code("Russian President Vladimir Putin met German Chancellor Angela Merkel.");

    assertThat(located(coded, "Russian President", "040"))
        .isEqualTo("RUSGOV>DEUELI 040 @ Germany/DEU by target-country");
  }

  @Test
  void inTheSeedArticleThePlacesAndPutinsSochiRemarks() throws Exception {
    SharedExamples.assume();
    JsonNode json = new ObjectMapper().readTree(Files.readString(SharedExamples.seedArticle()));
    Article article =
        new Article(
            "seed",
            Optional.of(LocalDate.parse(json.get("published").asText())),
            Optional.empty(),
            Optional.empty(),
            json.get("text").asText(),
            Optional.empty(),
            "seed");
    List<List<PlaceMention>> places = PlaceFinderTest.find(article);
    Map<String, Long> expected =
        Map.of(
            "Sochi", 491422L, "Florida", 4155751L, "Moscow", 524901L, "Kyiv", 703448L, "Europe",
            6255148L, "Ukraine", 690791L, "Russia", 2017370L);

    Map<String, Long> found = new TreeMap<>();
    places.stream()
        .flatMap(List::stream)
        .forEach(
            p -> {
              System.out.println(
                  "seed place: sentence "
                      + p.sentence()
                      + " \""
                      + p.text()
                      + "\" -> "
                      + p.place().name()
                      + " "
                      + p.place().country()
                      + " "
                      + p.place().geonamesId()
                      + (p.locative() ? " (locative)" : ""));
              if (expected.containsKey(p.text())) {
                // every mention of the name, not only the first, must be right
                assertThat(p.place().geonamesId())
                    .as(p.text() + " in sentence " + p.sentence())
                    .isEqualTo(expected.get(p.text()));
                found.put(p.text(), p.place().geonamesId());
              }
            });
    assertThat(found).isEqualTo(new TreeMap<>(expected));

    CodedArticle coded = coder.code(article);
    Event remarks =
        coded.events().stream()
            .filter(
                e ->
                    e.source().code().value().equals("RUSGOV")
                        && e.evidence().text().contains("We are ready to speak to Trump"))
            .findFirst()
            .orElseThrow();
    assertThat(remarks.location()).map(Location::name).hasValue("Sochi");
    assertThat(remarks.location()).map(Location::geonamesId).hasValue(491422L);
  }
}
