package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.ActorCode;

class ActorNamesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final ActorNames NAMES = new ActorNames(new ActorCoder(Dictionaries.current()));

  private static String name(String code, String text) {
    return NAMES.ref(ActorCode.of(code), text, DAY).name();
  }

  @Test
  void anActorOfTheDictionariesIsCalledByItsEntrysFirstLine() {
    assertThat(name("RUSGOV", "Putin")).isEqualTo("Vladimir Putin");
    assertThat(name("RUSGOV", "the Kremlin war machine")).isEqualTo("Kremlin");
    // spelled as the article spells it where it can be
    assertThat(name("UKRSPY", "Ukraine's SBU")).isEqualTo("SBU");
    // not from the coder's lower-cased words, nor title-cased when short: an acronym
    assertThat(name("IGOEUREEC", "the eu")).isEqualTo("EU");
    assertThat(name("IGOEUREEC", "The European Union")).isEqualTo("EU");
    assertThat(name("IGOEUREEC", "European Commission President Ursula von der Leyen"))
        .isEqualTo("Ursula von der Leyen");
  }

  @Test
  void aCountryIsCalledByItsName() {
    assertThat(name("RUS", "Moscow")).isEqualTo("Russia");
    assertThat(name("USA", "Washington")).isEqualTo("United States");
  }

  @Test
  void elseTheCodesNameAndLastTheWords() {
    // RUSSIAN names Russia, not its government: the code names it
    assertThat(name("RUSGOV", "Russian officials")).isEqualTo("Russia government");
    assertThat(name("UKRMIL", "MONDAY")).isEqualTo("Ukraine military");
    assertThat(name("XYZQQQ", "the Monday group")).isEqualTo("Monday group");
  }

  @Test
  void keepsTheWordsAsEvidence() {
    assertThat(NAMES.ref(ActorCode.of("RUSGOV"), "Putin", DAY).text()).isEqualTo("Putin");
  }
}
