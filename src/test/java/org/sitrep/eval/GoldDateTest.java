package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;

class GoldDateTest {
  @Test
  void readsDayMonthAndYearPrecision() {
    assertThat(GoldDate.parse("2024-11-07").precision()).isEqualTo(GoldDate.Precision.DAY);
    assertThat(GoldDate.parse("2024-11"))
        .isEqualTo(new GoldDate(LocalDate.of(2024, 11, 1), GoldDate.Precision.MONTH));
    assertThat(GoldDate.parse("2024").precision()).isEqualTo(GoldDate.Precision.YEAR);
    assertThat(GoldDate.parse("2024-11")).hasToString("2024-11");
  }

  @Test
  void rejectsTextThatIsNoDateNamingIt() {
    assertThatThrownBy(() -> GoldDate.parse("Nov 2024")).hasMessageContaining("'Nov 2024'");
    assertThatThrownBy(() -> GoldDate.parse("2024-02-30")).hasMessageContaining("2024-02-30");
  }

  @Test
  void aYearGoldDateAcceptsAnyDateOfThatYearAtAnyPrecision() {
    GoldDate year = GoldDate.parse("2024");

    assertThat(year.covers(LocalDate.of(2024, 3, 1), DatePrecision.MONTH)).isTrue();
    assertThat(year.covers(LocalDate.of(2024, 1, 1), DatePrecision.YEAR)).isTrue();
    assertThat(year.covers(LocalDate.of(2023, 12, 31), DatePrecision.DAY)).isFalse();
  }

  @Test
  void aPublicationDateCountsAsADay() {
    assertThat(
            GoldDate.parse("2024-11-11")
                .covers(LocalDate.of(2024, 11, 11), DatePrecision.PUBLISHED))
        .isTrue();
  }
}
