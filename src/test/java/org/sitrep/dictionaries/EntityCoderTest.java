package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link EntityCoder} composes an actor with agents, on small dictionaries of made-up actors:
 * PETRARCH's leftmost actor plus agents, and the rules for an institution named after its country,
 * for partitives ("thousands of") and for armed agents after an armed actor.
 */
class EntityCoderTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

  private static final ActorDictionary ACTORS =
      ActorDictionary.read(
          "test.actors",
          new StringReader(
              """
              GONDOR_
              +GONDORIAN_
              +GONDORIANS_
              \t[GON]
              ARNOR_
              \t[ARN]
              TOWER_GUARD_
              \t[GONSPY]
              MINAS_TIRITH_
              \t[GON]
              DENETHOR_
              \t[GONGOV]
              ORC_HORDE_
              \t[MORREB]
              COUNCIL_OF_ARNOR_
              \t[ARNGOV]
              """));

  private static final AgentDictionary AGENTS =
      AgentDictionary.read(
          "test.agents",
          new StringReader(
              """
              AMBASSADOR [~GOV]
              FORCES {} [~MIL]
              SOLDIER [~MIL]
              REBEL [~REB]
              PROTESTER [~CVL]
              THOUSANDS_OF {} [~CVL]
              SECURITY_SERVICE [~SPY]
              """));

  private static String code(String words) {
    return new EntityCoder(ACTORS, AGENTS).code(List.of(words.split(" ")), DATE);
  }

  @Test
  void composesTheLeftmostActorWithTheAgentsAfterIt() {
    assertThat(code("GONDORIAN PROTESTERS")).isEqualTo("GONCVL");
    assertThat(code("GONDOR 'S SECURITY SERVICE")).isEqualTo("GONSPY");
    assertThat(code("PROTESTERS")).isEqualTo("---CVL");
  }

  @Test
  void anInstitutionNamedAfterItsCountryIsThatInstitution() {
    assertThat(code("GONDOR TOWER GUARD")).isEqualTo("GONSPY");
    assertThat(code("GONDOR 'S DENETHOR")).isEqualTo("GONGOV");
    // the security service adds nothing the Tower Guard does not hold
    assertThat(code("GONDOR 'S SECURITY SERVICE TOWER GUARD")).isEqualTo("GONSPY");
  }

  @Test
  void anActorOfAnotherCountryOrNoFinerRoleStaysAComplement() {
    assertThat(code("GONDOR 'S AMBASSADOR TO ARNOR")).isEqualTo("GONGOV");
    assertThat(code("GONDOR AMBASSADOR TO THE COUNCIL OF ARNOR")).isEqualTo("GONGOV");
    assertThat(code("GONDOR 'S MINAS TIRITH")).isEqualTo("GON");
  }

  @Test
  void aPartitiveNamesACountrysPeopleOnlyWhenNothingElseGivesThemARole() {
    assertThat(code("THOUSANDS OF GONDORIANS")).isEqualTo("GONCVL");
    assertThat(code("THOUSANDS OF GONDORIAN SOLDIERS")).isEqualTo("GONMIL");
    assertThat(code("THOUSANDS OF DRONES")).isEqualTo("---");
    assertThat(code("THOUSANDS OF ORC HORDE")).isEqualTo("MORREB");
  }

  @Test
  void anArmedAgentAddsNothingToAnArmedActor() {
    assertThat(code("ORC HORDE FORCES")).isEqualTo("MORREB");
    assertThat(code("REBEL SOLDIERS")).isEqualTo("---REB");
    assertThat(code("GONDORIAN FORCES")).isEqualTo("GONMIL");
  }
}
