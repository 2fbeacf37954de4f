package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  private static final long PARIS_FRANCE = 2988507L;
  private static final long PARIS_TEXAS = 4717560L;
  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.shared());

  private Place resolve(String name, String text) {
    return resolver.resolve(name, text).orElseThrow();
  }

  private long id(String name, String text, List<Place> articlePlaces) {
    return resolver.resolve(name, text, articlePlaces).orElseThrow().geonamesId();
  }

  private static Place place(String name, long geonamesId) {
    return Gazetteer.shared().lookup(name).stream()
        .filter(p -> p.geonamesId() == geonamesId)
        .findFirst()
        .orElseThrow();
  }

  private static Place texas() {
    return place("Texas", 4736286L);
  }

  @Test
  void aStateNamedAfterTheNameDecidesBetweenTwoCitiesOfThatName() {
    assertThat(resolve("Odessa", "Oil workers in Odessa, Texas, went on strike.").country())
        .isEqualTo("USA");
    assertThat(resolve("Odessa", "Drones struck the port of Odessa overnight.").country())
        .isEqualTo("UKR");
  }

  @Test
  void theCountryTheSentenceNamesDecidesBetweenACountryAndAState() {
    assertThat(resolve("Georgia", "Voters in Atlanta, Georgia, lined up early.").featureCode())
        .isEqualTo("ADM1");
    assertThat(
            resolve(
                    "Georgia",
                    "Protesters in Tbilisi said Georgia must stay on its path to the EU.")
                .isCountry())
        .isTrue();
  }

  @Test
  void aNameTheGazetteerDoesNotKnowResolvesToNothing() {
    assertThat(resolver.resolve("Xqzzyville", "Nothing happened in Xqzzyville.")).isEmpty();
  }

  @Test
  void theArticlesOtherPlacesDecideWhatTheSentenceLeavesOpen() {
    String sentence = "Dozens of homes were damaged in Paris, the weather service said.";
    assertThat(resolve("Paris", sentence).geonamesId()).isEqualTo(PARIS_FRANCE);
    assertThat(id("Paris", sentence, List.of())).isEqualTo(PARIS_FRANCE);
    assertThat(id("Paris", sentence, List.of(texas()))).isEqualTo(PARIS_TEXAS);
  }

  @Test
  void theSentencesOwnPlacesOutweighTheArticles() {
    String sentence = "Police in Paris said France would tighten security.";
    assertThat(id("Paris", sentence, List.of(texas()))).isEqualTo(PARIS_FRANCE);
  }

  @Test
  void aPlaceTheArticleAlreadyNamedIsTheSamePlaceAgain() {
    String sentence = "Firefighters in Paris worked through the night.";
    assertThat(id("Paris", sentence, List.of(place("Paris", PARIS_TEXAS)))).isEqualTo(PARIS_TEXAS);
  }

  @Test
  void aNameBorrowedFromABetterClaimantMeansTheClaimant() {
    // GeoNames lists "Florida" among the names of Floridablanca, Colombia (267,000 people)
    assertThat(resolve("Florida", "Hurricane season hit Florida hard.").geonamesId())
        .isEqualTo(4155751L);
  }

  @Test
  void aDivisionYieldsToItsSeatUnlessTheTextSaysRegion() {
    assertThat(resolve("Kidal", "Troops retook Kidal.").featureCode()).isEqualTo("PPLA");
    assertThat(resolve("Kidal", "Rebels still hold the Kidal region.").isAdmin1()).isTrue();
  }

  @Test
  void theBeforeANameAsksForTheSeaNotTheDivisionNamedAfterIt() {
    assertThat(resolve("Red Sea", "Houthi missiles hit a tanker in the Red Sea.").geonamesId())
        .isEqualTo(350155L);
  }

  @Test
  void aCommaAfterACountryStartsAListNotAnAddress() {
    assertThat(
            resolve("Poland", "Ministers from Poland, Hungary and Slovakia met in Prague.")
                .isCountry())
        .isTrue();
    // Armenia is also a city in Colombia: read as an address, "Armenia, Colombia" would be that
    // city
    assertThat(
            resolve("Armenia", "Ministers from Armenia, Colombia and Peru met in Lima.")
                .isCountry())
        .isTrue();
  }

  @Test
  void findsArabicNamesWithoutTheirArticle() {
    assertThat(resolve("Hodeidah", "Strikes hit the port of Hodeidah.").geonamesId())
        .isEqualTo(79415L);
  }

  @Test
  void aTextWhoseLowerCaseIsLongerIsNoProblem() {
    // "İ" lower-cases to two chars: offsets of a lower-cased copy would not fit the text
    assertThat(new PlaceResolver(Gazetteer.shared()).resolve("Paris", "İİİİİİİİİİ paris"))
        .map(Place::country)
        .hasValue("FRA");
  }
}
