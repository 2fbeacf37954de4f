package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
  private static List<Word> words(String... tokens) {
    List<Word> out = new ArrayList<>();
    int at = 0;
    for (String token : tokens) {
      out.add(
          new Word(
              token,
              at,
              at + token.length(),
              "NN",
              token,
              "O",
              Optional.empty(),
              Optional.empty()));
      at += token.length() + 1;
    }
    return out;
  }

  @Test
  void aStoryFiledFromTwoPlacesJoinsThemWithASlash() {
    assertThat(
            Dateline.length(
                words(
                    "BANGKOK",
                    "/",
                    "PHNOM",
                    "PENH",
                    ",",
                    "July",
                    "24",
                    "-LRB-",
                    "Reuters",
                    "-RRB-",
                    "-",
                    "Fighting",
                    "broke",
                    "out",
                    ".")))
        .isEqualTo(11);
    assertThat(
            Dateline.length(
                words("WASHINGTON/BOGOTA", ",", "Jan", "27", "-", "Talks", "ended", ".")))
        .isEqualTo(5);
  }

  @Test
  void aSentenceOpeningWithAnOrdinaryWordHasNone() {
    assertThat(Dateline.length(words("Talks", "in", "Doha", "-", "the", "second", "round", ".")))
        .isZero();
  }
}
