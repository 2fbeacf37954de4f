package org.sitrep.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverTableTest {
  private final PloverTable table = PloverTable.bundled();

  @Test
  void readsTypeModeAndContextsAsTheTableGivesThem() {
    assertThat(table.plover("195"))
        .contains(new Plover("ASSAULT", Optional.of("heavy-weapons"), List.of("military")));
    assertThat(table.plover("041"))
        .contains(new Plover("CONSULT", Optional.of("phone"), List.of()));
    assertThat(table.plover("0871"))
        .contains(new Plover("RETREAT", Optional.of("ceasefire"), List.of("military")));
    assertThat(table.plover("196"))
        .contains(new Plover("ASSAULT", Optional.empty(), List.of("legal", "military")));
  }

  @Test
  void aSubCodeTheTableLacksTakesItsParentsEntryAndStatementsHaveNone() {
    assertThat(table.plover("1959")).isEqualTo(table.plover("195"));
    assertThat(table.plover("010")).isEmpty();
    assertThat(table.plover("020")).isEmpty();
  }

  @Test
  void everyCameoCodeFromRoot03OnHasAPloverType() throws IOException {
    List<String> codes;
    try (InputStream in =
        getClass().getResourceAsStream("/org/sitrep/cameo/CAMEO.eventcodes.txt")) {
      codes =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .skip(1)
              .map(line -> line.split("\t")[0])
              .filter(code -> code.length() > 2 && code.compareTo("03") >= 0)
              .toList();
    }

    assertThat(codes).hasSizeGreaterThan(250);
    assertThat(codes).allSatisfy(code -> assertThat(table.plover(code)).as(code).isPresent());
  }
}
