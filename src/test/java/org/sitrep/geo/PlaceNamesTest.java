package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void ignoresCaseDiacriticsPunctuationAndALeadingThe() {
    assertThat(PlaceNames.normalize("The  Black-Sea")).isEqualTo("black sea");
    assertThat(PlaceNames.normalize("Kyïv")).isEqualTo("kyiv");
    assertThat(PlaceNames.normalize("Côte d'Ivoire")).isEqualTo("cote d ivoire");
    assertThat(PlaceNames.normalize("КИЇВ")).isEqualTo(PlaceNames.normalize("Київ"));
    assertThat(PlaceNames.normalize("Theodosia")).isEqualTo("theodosia");
    assertThat(PlaceNames.normalize("...")).isEmpty();
  }
}
