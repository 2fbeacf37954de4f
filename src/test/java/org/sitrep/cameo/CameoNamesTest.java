package org.sitrep.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoNamesTest {
  private final CameoNames names = CameoNames.bundled();

  @Test
  void namesListedCodesAndSubCodesByTheirParent() {
    assertThat(names.name("195")).contains("Employ aerial weapons");
    assertThat(names.name("0874")).contains("Retreat or surrender militarily");
    assertThat(names.name("1959")).contains("Employ aerial weapons");
    assertThat(names.name("99")).isEmpty();
  }
}
