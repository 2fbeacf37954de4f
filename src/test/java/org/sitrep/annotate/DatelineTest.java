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

  /** The tokens of {@code text}, each at its place in it (so a hyphen's neighbours touch it). */
  private static List<Word> tokens(String text, String... tokens) {
    List<Word> out = new ArrayList<>();
    int at = 0;
    for (String token : tokens) {
      int start = text.indexOf(token, at);
      out.add(
          new Word(
              token,
              start,
              start + token.length(),
              "NN",
              token,
              "O",
              Optional.empty(),
              Optional.empty()));
      at = start + token.length();
    }
    return out;
  }

  @Test
  void aHyphenInsideThePlaceNameDoesNotEndTheDateline() {
    String text = "PORT-AU-PRINCE, Haiti (AP) - Gangs attacked a town.";
    assertThat(
            Dateline.length(
                tokens(
                    text,
                    "PORT",
                    "-",
                    "AU",
                    "-",
                    "PRINCE",
                    ",",
                    "Haiti",
                    "(",
                    "AP",
                    ")",
                    "-",
                    "Gangs",
                    "attacked",
                    "a",
                    "town",
                    ".")))
        .isEqualTo(11);
    String twoPlaces = "GENEVA/PORT-AU-PRINCE, Oct 4 (Reuters) - At least 70 people were killed.";
    assertThat(
            Dateline.length(
                tokens(
                    twoPlaces,
                    "GENEVA/PORT",
                    "-",
                    "AU",
                    "-",
                    "PRINCE",
                    ",",
                    "Oct",
                    "4",
                    "(",
                    "Reuters",
                    ")",
                    "-",
                    "At",
                    "least",
                    "70",
                    "people",
                    "were",
                    "killed",
                    ".")))
        .isEqualTo(12);
  }
}
