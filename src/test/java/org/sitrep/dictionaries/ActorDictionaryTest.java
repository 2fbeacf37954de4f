package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  private static ActorDictionary read(String text) {
    return ActorDictionary.read("test.actors", new StringReader(text));
  }

  private static List<String> tokens(String sentence) {
    return List.of(sentence.split(" "));
  }

  private static ActorEntry only(ActorDictionary dictionary) {
    assertThat(dictionary.entries()).hasSize(1);
    return dictionary.entries().get(0);
  }

  @Test
  void readsPrimaryPhraseWithCodeOnTheSameLine() {
    ActorEntry entry = only(read("FRANCE  [FRA] # comment\n"));

    assertThat(entry.primary()).isEqualTo(new Phrase(List.of("FRANCE"), true));
    assertThat(entry.codes()).containsExactly(DatedCode.unrestricted("FRA"));
    assertThat(entry.source()).isEqualTo("test.actors");
    assertThat(entry.line()).isEqualTo(1);
  }

  @Test
  void joinsWordsWithUnderscoresOrSpacesAndUpperCases() {
    ActorDictionary dictionary = read("new_zealand [NZE]\nHAMAS WING [PSEHMSBRD]\n");

    assertThat(dictionary.entries())
        .extracting(e -> e.primary().words())
        .containsExactly(List.of("NEW", "ZEALAND"), List.of("HAMAS", "WING"));
  }

  @Test
  void marksPhrasesWithTrailingUnderscoreAsExact() {
    ActorDictionary dictionary = read("ARNOR_  [ARN]\nARGENTIN  [ARG]\n");

    assertThat(dictionary.entries())
        .extracting(e -> e.primary().stemLast())
        .containsExactly(false, true);
  }

  @Test
  void givesSynonymsTheCodesOfTheirEntry() {
    ActorEntry entry = only(read("DENMARK  [DNK]\n+DANISH \n+ZEALAND\n"));

    assertThat(entry.synonyms())
        .extracting(Phrase::words)
        .containsExactly(List.of("DANISH"), List.of("ZEALAND"));
    assertThat(entry.codeOn(LocalDate.of(2000, 1, 1))).contains("DNK");
  }

  @Test
  void readsCodeOnAnIndentedFollowingLine() {
    ActorEntry entry = only(read("ENT  \n\t[ENT]\n"));

    assertThat(entry.codes()).containsExactly(DatedCode.unrestricted("ENT"));
  }

  @Test
  void readsDateRestrictedCodesOnFollowingLines() {
    ActorEntry gollum =
        only(
            read(
                """
                GOLLUM  # pas 27 Apr 03
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBGOV 19950601 - 19990815]
                #\t[950601-990815]  commented out
                \t[HOBREB > 990816]
                """));

    assertThat(gollum.codes())
        .containsExactly(
            new DatedCode("HOB", LocalDate.MIN, LocalDate.of(1995, 5, 31)),
            new DatedCode("HOBGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15)),
            new DatedCode("HOBREB", LocalDate.of(1999, 8, 17), LocalDate.MAX));
    assertThat(gollum.codeOn(LocalDate.of(1995, 1, 4))).contains("HOB");
    assertThat(gollum.codeOn(LocalDate.of(1995, 6, 1))).contains("HOBGOV");
    assertThat(gollum.codeOn(LocalDate.of(1999, 8, 15))).contains("HOBGOV");
    assertThat(gollum.codeOn(LocalDate.of(1999, 8, 16))).isEmpty();
    assertThat(gollum.codeOn(LocalDate.of(2010, 1, 1))).contains("HOBREB");
  }

  @Test
  void readsTwoDigitYearsUpToThirtyAsTwentyFirstCentury() {
    ActorEntry shah =
        only(
            read(
                """
                MOHAMMAD_ZAHIR_SHAH_
                \t[AFGELI 320101-331108]
                \t[AFGELI 730717-070723]
                \t[AFGGOV 19270101-300101]
                """));

    assertThat(shah.codes())
        .extracting(DatedCode::from, DatedCode::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(1932, 1, 1), LocalDate.of(1933, 11, 8)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(1973, 7, 17), LocalDate.of(2007, 7, 23)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(1927, 1, 1), LocalDate.of(2030, 1, 1)));
  }

  @Test
  void readsLoneDateAsStartingThatDay() {
    ActorEntry burns =
        only(read("WILLIAM_BURNS_\n\t[USAGOV 19820101] # entered Foreign Service\n"));

    assertThat(burns.codes())
        .containsExactly(new DatedCode("USAGOV", LocalDate.of(1982, 1, 1), LocalDate.MAX));
  }

  @Test
  void readsSeveralCodeBlocksOnOneLine() {
    ActorEntry entry =
        only(read("JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n"));

    assertThat(entry.codeOn(LocalDate.of(1990, 1, 1))).contains("IGOUNO");
    assertThat(entry.codeOn(LocalDate.of(1995, 1, 1))).contains("ELI");
  }

  @Test
  void prefersTheFirstApplicableDatedCodeOverTheDefault() {
    ActorEntry sam =
        only(
            read(
                """
                SAM_GAMGEE [HOB]
                \t[HOBCIV <20080120]
                \t[ORCHOB 20100109-20100112] # should override the next restriction
                \t[HOBMIL 20080120-20121109]
                """));

    assertThat(sam.codeOn(LocalDate.of(2008, 1, 19))).contains("HOBCIV");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 9))).contains("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 13))).contains("HOBMIL");
    assertThat(sam.codeOn(LocalDate.of(2014, 1, 1))).contains("HOB");
  }

  @Test
  void readsNullCodeAndUpperCasesCodes() {
    ActorDictionary dictionary = read("BOROMIR  [---]\nPALESTINIAN [pse]\nLORIEN  [ELR/GAL]\n");

    assertThat(dictionary.entries())
        .extracting(e -> e.codes().get(0).code())
        .containsExactly("---", "PSE", "ELR/GAL");
    assertThat(dictionary.entries().get(0).codes().get(0).isNullCode()).isTrue();
  }

  @Test
  void keepsAPhraseWithoutAnyCodeAsAnActorWithNoCode() {
    ActorDictionary dictionary =
        read("U.N._\n\n# Secretaries General\nUN_SECRETARY_GENERAL\n\t[IGOUNO]\n");

    assertThat(dictionary.entries().get(0).codes()).isEmpty();
    assertThat(dictionary.entries().get(0).codeOn(LocalDate.of(2000, 1, 1))).isEmpty();
    assertThat(dictionary.entries().get(1).codes())
        .containsExactly(DatedCode.unrestricted("IGOUNO"));
  }

  @Test
  void letsConsecutiveUncodedPhrasesShareTheFollowingCodeLines() {
    ActorDictionary dictionary =
        read(
            """
                LEONID_BREZHNEV_  # CountryInfo.txt
                LEONID_ILYICH_BREZHNEV
                +BREZHNEV
                \t[RUSGOV 641014-821110]
                YURY_ANDROPOV_ [RUSGOV]
                """);

    assertThat(dictionary.entries()).hasSize(3);
    assertThat(dictionary.entries().get(0).codes())
        .containsExactly(
            new DatedCode("RUSGOV", LocalDate.of(1964, 10, 14), LocalDate.of(1982, 11, 10)));
    assertThat(dictionary.entries().get(1).codes()).isEqualTo(dictionary.entries().get(0).codes());
    assertThat(dictionary.entries().get(1).synonyms())
        .extracting(Phrase::words)
        .containsExactly(List.of("BREZHNEV"));
    assertThat(dictionary.entries().get(0).synonyms()).isEmpty();
  }

  @Test
  void rejectsCodeWithoutClosingBracket() {
    assertThatThrownBy(() -> read("ITALY [ITA]\nFRANCE [USA\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessage(
            "test.actors:2: expected a code in brackets like [USA] after 'FRANCE', found '[USA'")
        .satisfies(
            e -> {
              assertThat(((DictionaryException) e).line()).isEqualTo(2);
              assertThat(((DictionaryException) e).source()).isEqualTo("test.actors");
            });
  }

  @Test
  void rejectsUnknownDateFormats() {
    assertThatThrownBy(() -> read("GOLLUM\n\t[HOB < 95-06-01]\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("test.actors:2: ");
    assertThatThrownBy(() -> read("ARMENIA\n\t[ARMUNR 9008223-911221]\n"))
        .hasMessage("test.actors:2: expected a date as YYMMDD or YYYYMMDD, found '9008223'");
    assertThatThrownBy(() -> read("GOLLUM\n\t[950601-990815]\n"))
        .hasMessageContaining("test.actors:2: expected a code like USA");
    assertThatThrownBy(() -> read("GOLLUM\n\t[AAA950601-990815]\n"))
        .hasMessageStartingWith("test.actors:2: expected a code like USA");
    assertThatThrownBy(() -> read("GOLLUM\n\t[HOB 951301-990815]\n"))
        .hasMessageStartingWith("test.actors:2: expected a calendar date, found '951301'");
    assertThatThrownBy(() -> read("KAMAL_GANZOURI_\n\t[EGYGOV 20121207-20120802]\n"))
        .hasMessageStartingWith("test.actors:2: expected a date range that starts before it ends");
  }

  @Test
  void rejectsSynonymBeforeAnyEntry() {
    assertThatThrownBy(() -> read("# header\n+AUSTRALIAN\nAUSTRALIA [AUS]\n"))
        .hasMessage(
            "test.actors:2: expected an actor line before the synonym '+AUSTRALIAN', found no entry above it");
  }

  @Test
  void rejectsCodeLineBeforeAnyEntry() {
    assertThatThrownBy(() -> read("\t[USA]\n"))
        .hasMessageStartingWith("test.actors:1: expected an actor line");
  }

  @Test
  void rejectsStrayClosingBracket() {
    assertThatThrownBy(() -> read("FAROE [FRO]\n+FAEROYENE]_\n"))
        .hasMessage("test.actors:2: expected '[' before ']' in '+FAEROYENE]_', found ']' alone");
  }

  @Test
  void rejectsUnterminatedCommentNamingWhereItOpened() {
    assertThatThrownBy(() -> read("FRANCE [FRA]\n<!-- a comment\nthat never ends\n"))
        .hasMessage(
            "test.actors:2: expected '-->' to close the comment opened here, found end of file");
  }

  @Test
  void skipsMultiLineAndInlineComments() {
    ActorDictionary dictionary =
        read(
            """
                <!-- PETRARCH VALIDATION SUITE
                # still a comment
                -->
                <! -- typo'd opener, as in PETR.Validate.actors.txt -->
                JORDAN <!-- inline --> [JOR]

                """);

    assertThat(only(dictionary).primary().words()).containsExactly("JORDAN");
    assertThat(only(dictionary).line()).isEqualTo(5);
  }

  @Test
  void lenientReadReportsEachBadLineAndKeepsTheRest() {
    List<DictionaryException> problems = new ArrayList<>();
    ActorDictionary dictionary =
        ActorDictionary.read(
            "test.actors",
            new StringReader(
                """
                ARMENIA_
                \t[USRARM <900823]
                \t[ARMUNR 9008223-911221]
                \t[ARM >911221]
                BAD [X
                +BAD_SYNONYM
                \t[Y]
                GOOD [G]
                """),
            problems::add);

    assertThat(problems).extracting(DictionaryException::line).containsExactly(3, 5);
    assertThat(dictionary.entries())
        .extracting(e -> e.primary().words().get(0))
        .containsExactly("ARMENIA", "GOOD");
    assertThat(dictionary.entries().get(0).codes())
        .extracting(DatedCode::code)
        .containsExactly("USRARM", "ARM");
  }

  @Test
  void findsLongestMatchPreferringMoreWords() {
    ActorDictionary dictionary =
        read("ITHILEN  [ITH]\nITHILEN MILITARY  [ITHMIL]\nITHILEN_GOVERNMENT_RADIO_ [ITHRAD]\n");

    assertThat(dictionary.longestMatch(tokens("THE ITHILEN MILITARY SAID"), 1))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().codes().get(0).code()).isEqualTo("ITHMIL");
              assertThat(m.start()).isEqualTo(1);
              assertThat(m.length()).isEqualTo(2);
              assertThat(m.end()).isEqualTo(3);
            });
    assertThat(dictionary.longestMatch(tokens("ITHILEN GOVERNMENT SAID"), 0))
        .hasValueSatisfying(m -> assertThat(m.length()).isEqualTo(1));
    assertThat(dictionary.longestMatch(tokens("ITHILEN GOVERNMENT RADIOS"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codes().get(0).code()).isEqualTo("ITH"));
    assertThat(dictionary.longestMatch(tokens("THE ITHILEN"), 0)).isEmpty();
  }

  @Test
  void matchesStemmedLastWordOnlyAsPrefixOfToken() {
    ActorDictionary dictionary = read("ARGENTIN  [ARG]\nARNOR_ [ARN]\nNEW_ZEALAND [NZE]\n");

    assertThat(dictionary.longestMatch(tokens("ARGENTINA"), 0))
        .hasValueSatisfying(
            m -> {
              assertThat(m.entry().codes().get(0).code()).isEqualTo("ARG");
              assertThat(m.phrase().stemLast()).isTrue();
            });
    assertThat(dictionary.longestMatch(tokens("ARGENT"), 0)).isEmpty();
    assertThat(dictionary.longestMatch(tokens("ARNORIAN"), 0)).isEmpty();
    assertThat(dictionary.longestMatch(tokens("ARNOR"), 0)).isPresent();
    assertThat(dictionary.longestMatch(tokens("NEW ZEALANDERS"), 0))
        .hasValueSatisfying(m -> assertThat(m.length()).isEqualTo(2));
    assertThat(dictionary.longestMatch(tokens("NEWS ZEALAND"), 0)).isEmpty();
  }

  @Test
  void prefersExactOverStemThenLongerStemAtEqualLength() {
    ActorDictionary dictionary = read("GONDOR [GON]\nGONDORIAN_ [GNX]\nGOND [GGG]\n");

    assertThat(dictionary.longestMatch(tokens("GONDORIAN"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codes().get(0).code()).isEqualTo("GNX"));
    assertThat(dictionary.longestMatch(tokens("GONDORS"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codes().get(0).code()).isEqualTo("GON"));
  }

  @Test
  void matchesSynonymsAndReportsWhichPhraseMatched() {
    ActorDictionary dictionary = read("UNITED_STATES  [USA]\n+U.S.  #JW\n");

    assertThat(dictionary.longestMatch(tokens("U.S. OFFICIALS"), 0))
        .hasValueSatisfying(
            m -> {
              assertThat(m.phrase().words()).containsExactly("U.S.");
              assertThat(m.entry().primary().words()).containsExactly("UNITED", "STATES");
            });
  }

  @Test
  void mergesDictionariesWithEarlierPartsWinning() {
    ActorDictionary local = read("GEORGIA [USA]\n");
    ActorDictionary countries = read("GEORGIA [GEO]\nFRANCE [FRA]\n");

    ActorDictionary merged = ActorDictionary.of(List.of(local, countries));

    assertThat(merged.size()).isEqualTo(3);
    assertThat(merged.longestMatch(tokens("GEORGIA"), 0))
        .hasValueSatisfying(m -> assertThat(m.entry().codes().get(0).code()).isEqualTo("USA"));
    assertThat(merged.longestMatch(tokens("FRANCE"), 0)).isPresent();
  }
}
