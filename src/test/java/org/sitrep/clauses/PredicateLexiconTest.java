package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sitrep.clauses.PredicateLexicon.Entry;

/** The bundled lexicon of event verbs, nouns and light verbs, and the format it is read from. */
class PredicateLexiconTest {
  private static final PredicateLexicon BUNDLED = PredicateLexicon.bundled();

  private static PredicateLexicon parse(String... lines) throws IOException {
    return PredicateLexicon.parse(
        new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
  }

  @Test
  void loadsTheBundledLexiconOnce() {
    assertThat(PredicateLexicon.bundled()).isSameAs(BUNDLED);
    assertThat(BUNDLED.hasVerb("attack")).isTrue();
    assertThat(BUNDLED.noun("talk")).isPresent();
    assertThat(BUNDLED.isLight("hold")).isTrue();
  }

  @Test
  void firesOnlyWeaponsAtItsTarget() {
    assertThat(BUNDLED.verb("fire").stream().filter(e -> e.code().equals("195")))
        .singleElement()
        .satisfies(
            fire -> {
              assertThat(fire.code()).isEqualTo("195");
              assertThat(fire.targets()).containsExactly("at", "on", "into", "toward", "towards");
              assertThat(fire.conditionSlot()).isEqualTo("obj");
              assertThat(fire.conditionClass()).isEqualTo("weapon");
            });
    assertThat(BUNDLED.inClass("weapon", "missile")).isTrue();
    assertThat(BUNDLED.inClass("weapon", "drone")).isTrue();
    // "fired the governor" is a dismissal, not an attack
    assertThat(BUNDLED.inClass("weapon", "governor")).isFalse();
  }

  @Test
  void readsAConditionWrittenAmongTheTargets() {
    // "V drop 195 on,obj=weapon": the condition may end the targets field
    assertThat(BUNDLED.verb("drop"))
        .singleElement()
        .isEqualTo(new Entry("195", List.of("on"), "obj=weapon"));
  }

  @Test
  void keepsAVerbsReadingsInFileOrderWithTheFallbackLast() {
    assertThat(BUNDLED.verb("welcome"))
        .extracting(Entry::code, Entry::condition)
        .containsExactly(
            Tuple.tuple("043", "obj=people"),
            Tuple.tuple("043", "obj=dignitary"),
            Tuple.tuple("043", "obj=person"),
            Tuple.tuple("051", ""));
    assertThat(BUNDLED.verb("threaten"))
        .extracting(Entry::code, Entry::conditionSlot, Entry::conditionClass)
        .containsExactly(Tuple.tuple("138", "xcomp", "violent"), Tuple.tuple("130", "", ""));
  }

  @Test
  void keepsANounsConditionalReadingsBeforeItsFallback() {
    // "the delivery of air defence systems" is military aid; a delivery of anything else is aid
    assertThat(BUNDLED.nouns("delivery"))
        .extracting(Entry::code, Entry::condition)
        .containsExactly(Tuple.tuple("072", "of=arms"), Tuple.tuple("070", ""));
    assertThat(BUNDLED.noun("delivery")).map(Entry::code).contains("070");
    assertThat(BUNDLED.nouns("ban")).extracting(Entry::code).containsExactly("163", "172");
  }

  @Test
  void readsAVerbThatTellsNoActWithCodeDash() {
    assertThat(BUNDLED.verb("take_effect")).extracting(Entry::code).containsExactly("-");
    assertThat(BUNDLED.verb("take_place")).extracting(Entry::code).containsExactly("-");
  }

  @Test
  void listsAVerbWithItsParticleUnderOneKey() {
    assertThat(BUNDLED.verb("shoot_down"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("190");
              assertThat(e.targets()).containsExactly("owner");
            });
    assertThat(BUNDLED.hasVerb("shoot")).isFalse();
  }

  @Test
  void marksActsDoneTogetherAsMutual() {
    Entry talk = BUNDLED.noun("talk").orElseThrow();

    assertThat(talk.code()).isEqualTo("040");
    assertThat(talk.targets()).containsExactly("with", "between", "mutual");
    assertThat(talk.mutual()).isTrue();
    assertThat(BUNDLED.verb("meet").get(0).mutual()).isTrue();
    assertThat(BUNDLED.verb("attack").get(0).mutual()).isFalse();
  }

  @Test
  void codesCompoundEventNounsApartFromTheirHead() {
    assertThat(BUNDLED.noun("drone_attack")).map(Entry::code).contains("195");
    assertThat(BUNDLED.noun("attack")).map(Entry::code).contains("190");
    assertThat(BUNDLED.noun("missile_test")).map(Entry::code).contains("150");
    assertThat(BUNDLED.noun("drone")).isEmpty();
  }

  @Test
  void tellsLightVerbsFromEventVerbs() {
    assertThat(BUNDLED.isLight("launch")).isTrue();
    assertThat(BUNDLED.isLight("carry_out")).isTrue();
    assertThat(BUNDLED.isLight("attack")).isFalse();
    // "launch" is both: a light verb for "launched an attack", a verb for "launched missiles"
    assertThat(BUNDLED.hasVerb("launch")).isTrue();
  }

  @Test
  void answersClassMembershipIncludingTheWildcardAndEmptyClasses() {
    assertThat(BUNDLED.inClass("envoy", "ambassador")).isTrue();
    assertThat(BUNDLED.inClass("envoy", "minister")).isFalse();
    assertThat(BUNDLED.inClass("anything", "weather")).isTrue();
    assertThat(BUNDLED.inClass("anything", null)).isFalse();
    // "person" and "nothing" are decided by the reader of the entry, not by members
    assertThat(BUNDLED.inClass("person", "putin")).isFalse();
    assertThat(BUNDLED.inClass("no-such-class", "missile")).isFalse();
  }

  @Test
  void keepsTheLeadingZeroOfACode() {
    assertThat(BUNDLED.verb("release").get(0).code()).isEqualTo("0841");
    assertThat(BUNDLED.noun("ceasefire")).map(Entry::code).contains("0871");
  }

  @Test
  void parsesEntriesSkippingCommentsAndBlankLines() throws IOException {
    PredicateLexicon lexicon =
        parse(
            "# a comment",
            "",
            "CLASS weapon  missile Rocket",
            "  V  Fire   195  at,on  obj=weapon  ",
            "V  meet  040  -",
            "N  talk  040  with,between,mutual",
            "L  hold  -  -");

    assertThat(lexicon.verb("fire"))
        .containsExactly(new Entry("195", List.of("at", "on"), "obj=weapon"));
    assertThat(lexicon.verb("meet")).containsExactly(new Entry("040", List.of(), ""));
    assertThat(lexicon.noun("talk"))
        .contains(new Entry("040", List.of("with", "between", "mutual"), ""));
    assertThat(lexicon.isLight("hold")).isTrue();
    assertThat(lexicon.inClass("weapon", "rocket")).isTrue();
    assertThat(lexicon.hasVerb("hold")).isFalse();
  }

  @Test
  void keepsEveryVerbReadingButOnlyTheFirstNounReading() throws IOException {
    PredicateLexicon lexicon =
        parse(
            "V  test  150  -  obj=weapon",
            "V  test  090  obj",
            "N  strike  195  on",
            "N  strike  143  -");

    assertThat(lexicon.verb("test")).extracting(Entry::code).containsExactly("150", "090");
    assertThat(lexicon.noun("strike")).map(Entry::code).contains("195");
  }

  @Test
  void rejectsALineWithTooFewFieldsNamingItsLine() {
    assertThatThrownBy(() -> parse("# header", "V  meet  040  obj", "V  attack  190"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("KIND LEMMA CODE TARGETS")
        .hasMessageContaining("V  attack  190");
  }

  @Test
  void rejectsAnUnknownKindNamingItsLine() {
    assertThatThrownBy(() -> parse("V  meet  040  obj", "X  attack  190  obj"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("kind must be V, N, L or CLASS")
        .hasMessageContaining("X  attack  190  obj");
  }

  @Test
  void rejectsAClassLineWithoutANameNamingItsLine() {
    assertThatThrownBy(() -> parse("V  meet  040  obj", "CLASS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void rejectsAClassDefinedTwiceNamingItsLine() {
    assertThatThrownBy(
            () -> parse("CLASS arms  missile drone", "V  meet  040  obj", "CLASS arms  tank"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("arms");
  }
}
