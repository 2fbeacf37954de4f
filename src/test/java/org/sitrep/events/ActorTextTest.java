package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTextTest {
  @Test
  void showsAnActorThatIsNotOneStretchOfTheSentenceAsWritten() {
    assertThat(
            ActorText.casedAsWritten(
                "THE RETURN OF SPOKESWOMAN SHOSH BEDROSIAN",
                "Hamas welcomed the return of hostages, government spokeswoman Shosh Bedrosian said."))
        .isEqualTo("the return of spokeswoman Shosh Bedrosian");
    assertThat(ActorText.casedAsWritten("NOWHERE", "Russia attacked Ukraine."))
        .isEqualTo("nowhere");
  }
}
