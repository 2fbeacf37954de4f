package org.sitrep.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorCodeNamesTest {
  private final ActorCodeNames names = ActorCodeNames.bundled();

  @Test
  void namesACountryWithItsRoles() {
    assertThat(names.name("RUSGOV")).contains("Russia government");
    assertThat(names.name("UKRMIL")).contains("Ukraine military");
    assertThat(names.name("USAELI")).contains("United States elites");
    assertThat(names.name("COD")).contains("DR Congo");
    assertThat(names.country("RUSGOV")).contains("Russia");
  }

  @Test
  void aNamedOrganisationNamesItselfByItsAcronymWithTheRolesAfterIt() {
    assertThat(names.name("IGOWSTNAT")).contains("NATO");
    assertThat(names.name("IGOEUREEC")).contains("European Union");
    // PSE is a known group too: first, it is Palestine
    assertThat(names.name("PSEREBHMS")).contains("Hamas");
    assertThat(names.name("IGOUNOPKO")).contains("United Nations peacekeepers");
    assertThat(names.name("IGOUNOIAEGOV")).contains("IAEA government");
  }

  @Test
  void theNullCountryLeavesTheRoleAndAnUnknownPartLeavesNoName() {
    assertThat(names.name("---COP")).contains("Police forces");
    assertThat(names.name("RUSQQQ")).isEmpty();
    assertThat(names.name("---")).isEmpty();
  }
}
