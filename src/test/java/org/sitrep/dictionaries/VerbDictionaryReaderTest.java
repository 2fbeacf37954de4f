package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryReaderTest {

  private static VerbDictionary read(String text) {
    return VerbDictionaryReader.read("test.verbs", new StringReader(text));
  }

  @Test
  void readsABlockWithFormsCodesAndPatterns() {
    VerbDictionary verbs =
        read(
            """
            &TIETYPES
            +MILITARY
            +ECONOMIC_

            --- BAN [191] ---
            BAN {BANS BANNED}  # comment
            DOWNPLAY [014]
            - SAID * [172]
            - * &TIETYPES TIES_WITH + [064]
            """);

    VerbDictionary.Candidate banned = verbs.entriesFor("BANNED").get(0);
    assertThat(banned.block().name()).isEqualTo("BAN");
    assertThat(banned.block().code().code()).isEqualTo("191");
    assertThat(verbs.entriesFor("DOWNPLAYED").get(0).entry().code())
        .map(CodePair::code)
        .contains("014");
    VerbPattern ties = banned.block().patterns().get(1);
    assertThat(ties.after())
        .extracting(PatternElement::kind)
        .containsExactly(
            PatternElement.Kind.SYNSET,
            PatternElement.Kind.WORD,
            PatternElement.Kind.WORD,
            PatternElement.Kind.TARGET);
    assertThat(ties.after().get(2).joinedLeft()).isTrue();
    assertThat(ties.after().get(1).joinedLeft()).isFalse();
    assertThat(verbs.synset("TIETYPES").orElseThrow().members().get(1).get(0).exact()).isTrue();
  }

  @Test
  void readsPairedAndNullCodes() {
    VerbDictionary verbs = read("--- ARRIVE [032:033] ---\nARRIVE\n--- ACCORD [---] ---\nACCORD\n");

    assertThat(verbs.entriesFor("ARRIVED").get(0).block().code().reciprocal()).contains("033");
    assertThat(verbs.entriesFor("ACCORD").get(0).block().code().isNull()).isTrue();
  }

  @Test
  void readsMultiWordVerbsWithTheMarkedWordInflected() {
    VerbDictionary verbs =
        read(
            "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n+BREAK_DOWN\n");

    VerbForm tapped = verbs.entriesFor("TAPPED").get(0).form();
    assertThat(tapped.leading()).containsExactly("WIRE");
    VerbForm brokeDown =
        verbs.entriesFor("BREAKS").stream()
            .map(VerbDictionary.Candidate::form)
            .findFirst()
            .orElseThrow();
    assertThat(brokeDown.trailing()).containsExactly("DOWN");
  }

  @Test
  void marksTrailingUnderscoreAsExactAndUnderscoreBetweenAsAdjacent() {
    VerbDictionary verbs = read("--- ACCORD [---] ---\nACCORD\n- IN_*  [075]\n- IN_ *  [075A]\n");

    List<VerbPattern> patterns = verbs.blocks().get(0).patterns();
    assertThat(patterns.get(0).verbJoinedLeft()).isTrue();
    assertThat(patterns.get(1).verbJoinedLeft()).isFalse();
    assertThat(patterns.get(1).before().get(0).exact()).isTrue();
  }

  @Test
  void rejectsAPatternWithoutACode() {
    assertThatThrownBy(() -> read("--- BAN [191] ---\nBAN\n- SAID *\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("test.verbs:3")
        .hasMessageContaining("expected a code");
  }

  @Test
  void rejectsAPatternWithoutTheVerb() {
    assertThatThrownBy(() -> read("--- BAN [191] ---\nBAN\n- SAID IT [191]\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("test.verbs:3")
        .hasMessageContaining("'*'");
  }

  @Test
  void rejectsAnUndefinedSynset() {
    assertThatThrownBy(() -> read("--- BAN [191] ---\nBAN\n- * &NOPE [191]\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("test.verbs:3")
        .hasMessageContaining("&NOPE");
  }

  @Test
  void rejectsAnUnclosedComment() {
    assertThatThrownBy(() -> read("<!-- open\n--- BAN [191] ---\nBAN\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("test.verbs:1");
  }

  @Test
  void rejectsAVerbOutsideABlock() {
    assertThatThrownBy(() -> read("BAN {BANS}\n"))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("test.verbs:1");
  }

  @Test
  void readsBothStandardVerbDictionaries() throws Exception {
    try (Reader in =
        new InputStreamReader(
            VerbDictionaryReaderTest.class.getResourceAsStream(
                "/org/sitrep/dictionaries/CAMEO.verbpatterns.150430.txt"),
            StandardCharsets.UTF_8)) {
      VerbDictionary cameo = VerbDictionaryReader.read("CAMEO.verbpatterns.150430.txt", in);
      assertThat(cameo.blocks()).hasSizeGreaterThan(300);
      assertThat(cameo.patternCount()).isGreaterThan(10_000);
      assertThat(cameo.entriesFor("SAID")).isNotEmpty();
    }
    Path validate = Path.of("src/test/resources/org/sitrep/validation/PETR.Validate.verbs.txt");
    {
      try (Reader in = Files.newBufferedReader(validate)) {
        assertThat(VerbDictionaryReader.read("PETR.Validate.verbs.txt", in).blocks()).isNotEmpty();
      }
    }
  }
}
