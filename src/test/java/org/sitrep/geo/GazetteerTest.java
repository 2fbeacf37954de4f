package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer (built by geo/build.mjs) answers the names the war news uses. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.shared();

  private static List<Long> ids(String name) {
    return GAZETTEER.lookup(name).stream().map(Place::geonamesId).toList();
  }

  @Test
  void findsKyivByItsEnglishRussianAndUkrainianNames() {
    for (String name : List.of("Kyiv", "Kiev", "Київ", "KYIV", "Kyïv")) {
      assertThat(GAZETTEER.lookup(name).get(0).geonamesId()).as(name).isEqualTo(703448L);
    }
  }

  @Test
  void findsSochiTheRussianCityAmongItsCandidates() {
    assertThat(ids("Sochi")).contains(491422L);
    Place sochi = GAZETTEER.lookup("Sochi").get(0);
    assertThat(sochi.country()).isEqualTo("RUS");
    assertThat(sochi.lat()).isBetween(43.5, 43.7);
  }

  @Test
  void offersBothParisesWithTheFrenchCapitalMostPopulous() {
    List<Place> paris = GAZETTEER.lookup("Paris");
    assertThat(paris.get(0).geonamesId()).isEqualTo(2988507L);
    assertThat(paris.get(0).country()).isEqualTo("FRA");
    assertThat(paris)
        .anySatisfy(
            p -> {
              assertThat(p.country()).isEqualTo("USA");
              assertThat(p.admin1Code()).isEqualTo("TX");
              assertThat(p.admin1Name()).isEqualTo("Texas");
            });
    for (int i = 1; i < paris.size(); i++) {
      assertThat(paris.get(i).population()).isLessThanOrEqualTo(paris.get(i - 1).population());
    }
  }

  @Test
  void reachesGeorgiaTheCountryAndTheUsState() {
    List<Place> georgia = GAZETTEER.lookup("Georgia");
    assertThat(georgia)
        .anySatisfy(p -> assertThat(p.isCountry() && p.country().equals("GEO")).isTrue());
    assertThat(georgia)
        .anySatisfy(
            p -> {
              assertThat(p.isAdmin1()).isTrue();
              assertThat(p.country()).isEqualTo("USA");
              assertThat(p.geonamesId()).isEqualTo(4197000L);
            });
    assertThat(GAZETTEER.lookup("Georgian").get(0).country()).isEqualTo("GEO");
  }

  @Test
  void tellsKhersonTheCityFromKhersonOblast() {
    List<Place> kherson = GAZETTEER.lookup("Kherson");
    assertThat(kherson.get(0).geonamesId()).isEqualTo(706448L);
    assertThat(kherson).extracting(Place::geonamesId).contains(706442L);
    assertThat(GAZETTEER.lookup("Kherson oblast").get(0).geonamesId()).isEqualTo(706442L);
    assertThat(GAZETTEER.lookup("the Kherson region").get(0).isAdmin1()).isTrue();
  }

  @Test
  void everyCountryHasItsGeoNamesIdAndCameosCode() {
    assertThat(GAZETTEER.countries())
        .hasSizeGreaterThanOrEqualTo(250)
        .allSatisfy(c -> assertThat(c.geonamesId()).as(c.name()).isPositive());
    assertThat(GAZETTEER.country("KSV")).map(Country::name).hasValue("Kosovo");
    assertThat(GAZETTEER.lookup("Pristina").get(0).country()).isEqualTo("KSV");
  }

  @Test
  void knowsTheNamesTheNewsGivesCountries() {
    for (String name : List.of("US", "U.S.", "America", "UK", "Britain", "Turkey", "UAE")) {
      assertThat(GAZETTEER.lookup(name))
          .as(name)
          .anySatisfy(p -> assertThat(p.isCountry()).isTrue());
    }
  }

  @Test
  void mapsDemonymsToTheirCountry() {
    assertThat(GAZETTEER.lookup("Ukrainian").get(0).country()).isEqualTo("UKR");
    assertThat(GAZETTEER.lookup("Ukrainian").get(0).isCountry()).isTrue();
    assertThat(GAZETTEER.lookup("Russians").get(0).geonamesId()).isEqualTo(2017370L);
  }

  @Test
  void findsRegionsAndSeasWithOrWithoutThe() {
    assertThat(GAZETTEER.lookup("the Black Sea").get(0).featureCode()).isEqualTo("SEA");
    assertThat(GAZETTEER.lookup("Black Sea").get(0).geonamesId()).isEqualTo(630673L);
    assertThat(GAZETTEER.lookup("Europe").get(0).geonamesId()).isEqualTo(6255148L);
    assertThat(GAZETTEER.lookup("Donbas").get(0).country()).isEqualTo("UKR");
    assertThat(GAZETTEER.lookup("Gaza Strip").get(0).country()).isEqualTo("PSE");
  }

  @Test
  void findsCountriesByIso3WithNamesAndDemonyms() {
    Country ukraine = GAZETTEER.country("UKR").orElseThrow();
    assertThat(ukraine.geonamesId()).isEqualTo(690791L);
    assertThat(ukraine.capital()).isEqualTo("Kyiv");
    assertThat(ukraine.demonyms()).contains("Ukrainian");
    assertThat(GAZETTEER.country("XXX")).isEmpty();
    assertThat(GAZETTEER.countries()).hasSizeGreaterThan(240);
  }

  @Test
  void answersUnknownNamesWithNoCandidates() {
    assertThat(GAZETTEER.lookup("Xyzzyville")).isEmpty();
    assertThat(GAZETTEER.lookup("  ")).isEmpty();
  }

  @Test
  void namesTheResourceWhenItIsNotGzip() {
    assertThatThrownBy(() -> Gazetteer.fromResource("/org/sitrep/geo/corrupt-not-gzip.tsv.gz"))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("corrupt-not-gzip.tsv.gz")
        .hasMessageContaining("not gzip");
  }

  @Test
  void namesTheResourceLineAndExpectationWhenAFieldIsWrong() {
    assertThatThrownBy(() -> Gazetteer.fromResource("/org/sitrep/geo/corrupt-bad-id.tsv.gz"))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("corrupt-bad-id.tsv.gz, line 5")
        .hasMessageContaining("expected a GeoNames id (an integer), got \"not-a-number\"");
  }

  @Test
  void namesTheResourceWhenItIsMissing() {
    assertThatThrownBy(() -> Gazetteer.fromResource("/org/sitrep/geo/nowhere.tsv.gz"))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("/org/sitrep/geo/nowhere.tsv.gz is missing");
  }
}
