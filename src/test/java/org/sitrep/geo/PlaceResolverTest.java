package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.shared());

  @Test
  void aStateNamedAfterTheNameDecidesBetweenTwoCitiesOfThatName() {
    assertThat(resolver.resolve("Odessa", "Oil workers in Odessa, Texas, went on strike.").orElseThrow().country())
        .isEqualTo("USA");
    assertThat(resolver.resolve("Odessa", "Drones struck the port of Odessa overnight.").orElseThrow().country())
        .isEqualTo("UKR");
  }

  @Test
  void theCountryTheSentenceNamesDecidesBetweenACountryAndAState() {
    assertThat(resolver.resolve("Georgia", "Voters in Atlanta, Georgia, lined up early.").orElseThrow().featureCode())
        .isEqualTo("ADM1");
    assertThat(resolver.resolve("Georgia", "Protesters in Tbilisi said Georgia must stay on its path to the EU.")
        .orElseThrow().isCountry()).isTrue();
  }

  @Test
  void aNameTheGazetteerDoesNotKnowResolvesToNothing() {
    assertThat(resolver.resolve("Xqzzyville", "Nothing happened in Xqzzyville.")).isEmpty();
  }
}
