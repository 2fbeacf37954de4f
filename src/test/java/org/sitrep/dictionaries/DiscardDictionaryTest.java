package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardDictionaryTest {

  private static final String VALIDATE_LIKE =
      """
            # Story-level discards are indicated with a '+'.
            MONTHS LATER
            +Manchester United   # pas 26-Feb-2014
            AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005
            BASEBALL_
            +TYPHOON   # ELH 04 Aug 2009
            """;

  private static DiscardDictionary read(String text) {
    return DiscardDictionary.read("test.discards", new StringReader(text));
  }

  @Test
  void separatesStoryLevelFromSentenceLevelAndUpperCases() {
    DiscardDictionary discards = read(VALIDATE_LIKE);

    assertThat(discards.sentenceLevel())
        .extracting(Phrase::words)
        .containsExactly(
            List.of("MONTHS", "LATER"), List.of("AFRICAN", "NATIONS", "CUP"), List.of("BASEBALL"));
    assertThat(discards.storyLevel())
        .extracting(Phrase::words)
        .containsExactly(List.of("MANCHESTER", "UNITED"), List.of("TYPHOON"));
  }

  @Test
  void findsPhraseAsConsecutiveTokensAtTheRequestedLevel() {
    DiscardDictionary discards = read(VALIDATE_LIKE);
    List<String> sentence = List.of("FANS", "OF", "MANCHESTER", "UNITED", "RIOTED");

    assertThat(discards.findIn(sentence, true))
        .hasValueSatisfying(p -> assertThat(p.words()).containsExactly("MANCHESTER", "UNITED"));
    assertThat(discards.findIn(sentence, false)).isEmpty();
    assertThat(discards.findIn(List.of("MANCHESTER", "CITY", "UNITED"), true)).isEmpty();
  }

  @Test
  void treatsLastWordAsStemUnlessItEndsInUnderscore() {
    DiscardDictionary discards = read(VALIDATE_LIKE);

    assertThat(discards.findIn(List.of("TWO", "TYPHOONS", "HIT"), true)).isPresent();
    assertThat(discards.findIn(List.of("BASEBALLS"), false)).isEmpty();
    assertThat(discards.findIn(List.of("BASEBALL"), false)).isPresent();
  }

  @Test
  void rejectsDiscardWithCode() {
    assertThatThrownBy(() -> read("NASGUL [DIS]\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage(
            "test.discards:1: expected a discard phrase without a code, found 'NASGUL [DIS]'");
  }

  @Test
  void rejectsBarePlus() {
    assertThatThrownBy(() -> read("BASEBALL\n+ \n")).hasMessageStartingWith("test.discards:2: ");
  }
}
