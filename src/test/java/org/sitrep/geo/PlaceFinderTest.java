package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.discourse.Mention;
import org.sitrep.discourse.MentionFinder;
import org.sitrep.model.Article;

/**
 * Place mentions found in text annotated by the real CoreNLP models and resolved by the real
 * gazetteer.
 */
@NeedsModels
class PlaceFinderTest {
  private static List<PlaceMention> places(String text) {
    return find(
            new Article(
                "t",
                Optional.of(LocalDate.of(2025, 3, 3)),
                Optional.empty(),
                Optional.empty(),
                text,
                Optional.empty(),
                "test"))
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  /** The place mentions of each sentence, with the actor mentions the pipeline would give. */
  static List<List<PlaceMention>> find(Article article) {
    AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article);
    MentionFinder mentions = new MentionFinder(new ActorCoder(Dictionaries.current()));
    List<List<Mention>> actors =
        annotated.sentences().stream()
            .map(s -> mentions.find(s, article.published().orElseThrow()))
            .toList();
    return new PlaceFinder(Gazetteer.shared()).find(annotated.sentences(), actors);
  }

  private static String described(PlaceMention p) {
    return p.text()
        + "="
        + p.place().name()
        + "/"
        + p.place().country()
        + "/"
        + p.place().geonamesId()
        + (p.locative() ? " locative" : "");
  }

  @Test
  void findsPlacesCoreNlpDoesNotKnowAndSkipsPeopleNamedLikeCities() {
    List<PlaceMention> found =
        places("Vladimir Putin said Russian drones hit Kyiv and Pokrovsk overnight.");

    assertThat(found)
        .extracting(PlaceFinderTest::described)
        .containsExactly(
            "Kyiv=Kyiv/UKR/703448",
            "Pokrovsk=Pokrovsk/UKR/"
                + Gazetteer.shared().lookup("Pokrovsk").stream()
                    .filter(p -> p.country().equals("UKR"))
                    .findFirst()
                    .orElseThrow()
                    .geonamesId());
  }

  @Test
  void demonymsAreNotPlaceMentions() {
    assertThat(places("Ukrainian and Russian officials spoke by phone.")).isEmpty();
  }

  @Test
  void aNameWithRegionIsTheDivision() {
    List<PlaceMention> found =
        places(
            "Ukrainian forces advanced in the Kursk region, while drones struck the Belgorod oblast.");

    assertThat(found)
        .extracting(PlaceFinderTest::described)
        .containsExactly(
            "Kursk region=Kursk Oblast/RUS/538555 locative",
            "Belgorod oblast=Belgorod Oblast/RUS/578071");
  }

  @Test
  void namesOfSeveralWordsAndSettingsBeforeThemAreRead() {
    List<PlaceMention> found =
        places(
            "A tanker sank near the port of Novorossiysk on the Black Sea, not in the Sea of Azov.");

    assertThat(found)
        .extracting(p -> p.text() + (p.locative() ? " locative" : ""))
        .containsExactly("Novorossiysk locative", "Black Sea locative", "Sea of Azov locative");
  }

  @Test
  void anActorOfAnotherCountryIsNotAPlace() {
    assertThat(places("Hamas freed the hostages and NATO met.")).isEmpty();
  }

  @Test
  void aPlaceInsideAnotherNameIsNotAPlaceButOneBesideATitleIs() {
    assertThat(
            places(
                "Workers repaired the Nord Stream pipeline near the Saudi Maternity Hospital."
                    + " Kyiv Mayor Vitali Klitschko spoke."))
        .extracting(PlaceMention::text)
        .containsExactly("Kyiv");
  }

  @Test
  void buildingsAndTranslatedNamesAreNotTowns() {
    // "the White House" and "Lion" are alternate names of Casablanca and Lyon in GeoNames
    assertThat(
            places(
                "Leaders met at the White House after the operation Israel named Rising Lion."
                    + " The US and the UK called the talks useful."))
        .extracting(p -> p.text() + "=" + p.place().country())
        .containsExactly("Israel=ISR", "US=USA", "UK=GBR");
  }

  @Test
  void onPlacesOnlyWhatFallsOnItAndAnOwnerIsNotWhereThingsHappen() {
    List<PlaceMention> found =
        places(
            "Missiles rained down on Kyiv as Zelensky said Ukraine was counting on America"
                + " and its allies in Europe's capitals, while troops massed in Russia's Bryansk region.");

    assertThat(found)
        .extracting(p -> p.text() + (p.locative() ? " locative" : ""))
        .containsExactly(
            "Kyiv locative",
            "Ukraine",
            "America",
            "Europe",
            "Russia locative",
            "Bryansk region locative");
  }

  @Test
  void overPlacesWhatFliesOverAPlaceNotWhatARowIsAbout() {
    List<PlaceMention> found =
        places(
            "Air defences shot down 30 drones over the Belgorod region, while China warned"
                + " the United States over Taiwan.");

    assertThat(found)
        .extracting(p -> p.text() + (p.locative() ? " locative" : ""))
        .containsExactly("Belgorod region locative", "China", "United States", "Taiwan");
  }

  @Test
  void oneNameKeepsThePlaceItsOwnSentenceGaveIt() {
    List<PlaceMention> recount =
        places(
            "Election officials in Georgia began a hand recount of presidential ballots in Atlanta and Savannah.");
    List<PlaceMention> governor =
        places("Lawmakers met in Atlanta, Georgia.\nGeorgia Governor Brian Kemp signed the bill.");

    assertThat(recount)
        .filteredOn(p -> p.text().equals("Georgia"))
        .extracting(p -> p.place().country())
        .containsExactly("USA");
    assertThat(governor)
        .filteredOn(p -> p.text().equals("Georgia"))
        .extracting(p -> p.place().country())
        .containsExactly("USA", "USA");
  }

  @Test
  void aDivisionSharedByCountriesIsTheOneTheContextNames() {
    assertThat(places("Floods hit Pakistan's Punjab province, officials in Lahore said."))
        .filteredOn(p -> p.text().startsWith("Punjab"))
        .extracting(p -> p.place().country())
        .containsExactly("PAK");
  }

  @Test
  void headlinesInCapitalsAndContinentsAreRead() {
    assertThat(
            places(
                "RUSSIA LAUNCHES MASSIVE DRONE ATTACK ON KYIV OVERNIGHT\nRussia expanded its influence in Africa."))
        .extracting(p -> p.text() + "=" + p.place().name())
        .containsExactly("RUSSIA=Russia", "KYIV=Kyiv", "Russia=Russia", "Africa=Africa");
  }

  @Test
  void hyphenatedCountriesAreBothPlaces() {
    assertThat(places("US-Russia relations improved."))
        .extracting(PlaceMention::text)
        .containsExactly("US", "Russia");
  }

  @Test
  void theArticlesOtherPlacesDecideAnAmbiguousName() {
    List<PlaceMention> inUkraine =
        places("Shelling hit Odessa overnight.\nThe strikes on Ukraine continued.");
    List<PlaceMention> inTexas =
        places("Flooding hit Odessa overnight.\nThe storm moved on across Texas toward Midland.");

    assertThat(inUkraine.get(0).place().country()).isEqualTo("UKR");
    assertThat(inTexas.get(0).place().country()).isEqualTo("USA");
  }

  @Test
  void aPlacePrecededByAPrepositionOfPlaceIsLocative() {
    List<PlaceMention> found = places("Talks in Russia's Sochi ended; aid to Ukraine resumed.");

    assertThat(found)
        .extracting(p -> p.text() + (p.locative() ? " locative" : ""))
        .containsExactly("Russia locative", "Sochi locative", "Ukraine");
  }
}
