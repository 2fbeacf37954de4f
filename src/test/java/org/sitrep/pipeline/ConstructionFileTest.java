package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/** The construction suite's file format and how an item is judged, without the models. */
class ConstructionFileTest {
  private static List<ConstructionItem> parse(String... lines) {
    return ConstructionFile.parse("constructions.txt", List.of(lines));
  }

  private static ConstructionItem item(String sentence, String... expectations) {
    String[] lines = new String[expectations.length + 3];
    lines[0] = "# t-01: test";
    lines[1] = "North Korea fired a missile.";
    lines[2] = sentence;
    for (int i = 0; i < expectations.length; i++) {
      lines[i + 3] = "=> " + expectations[i];
    }
    return parse(lines).get(0);
  }

  /** An event coded from the item's last sentence. */
  private static Event coded(ConstructionItem item, String source, String target, String code) {
    return coded(item, source, target, code, Optional.empty());
  }

  private static Event coded(
      ConstructionItem item, String source, String target, String code, Optional<String> claim) {
    int start = item.sentenceStart();
    return new Event(
        item.id(),
        1,
        item.date(),
        DatePrecision.PUBLISHED,
        ActorRef.of(source, source),
        target.equals("-") ? Optional.empty() : Optional.of(ActorRef.of(target, target)),
        CameoCode.of(code),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        new Evidence(item.sentence(), start, start + item.sentence().length()),
        Optional.empty(),
        claim.map(c -> ActorRef.of(c, c)),
        Optional.empty());
  }

  @Test
  void readsIdConstructionDateContextSentenceAndExpectations() {
    List<ConstructionItem> items =
        parse(
            "## a comment",
            "# speech-01: reported speech",
            "date: 2024-11-20",
            "Russia launched 60 drones at Ukraine overnight.",
            "Ukraine's air force said it had shot down 40 of them.",
            "=> UKRMIL RUS 190 claimed_by=UKRMIL",
            "",
            "# prec-01: precision",
            "Polish President Andrzej Duda returned to Poland on Sunday.",
            "=> none");

    assertThat(items).hasSize(2);
    ConstructionItem first = items.get(0);
    assertThat(first.id()).isEqualTo("speech-01");
    assertThat(first.construction()).isEqualTo("reported speech");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 11, 20));
    assertThat(first.context()).containsExactly("Russia launched 60 drones at Ukraine overnight.");
    assertThat(first.sentence()).startsWith("Ukraine's air force");
    assertThat(first.expected()).hasSize(1);
    assertThat(first.expected().get(0)).hasToString("UKRMIL RUS 190 claimed_by=UKRMIL");
    assertThat(first.text().substring(first.sentenceStart())).isEqualTo(first.sentence());
    assertThat(items.get(1).date()).isEqualTo(ConstructionFile.DEFAULT_DATE);
    assertThat(items.get(1).expected()).isEmpty();
  }

  @Test
  void readsTheSuiteFile() throws IOException {
    List<ConstructionItem> items =
        ConstructionFile.read(
            Path.of("src/test/resources/org/sitrep/constructions/constructions.txt"));

    assertThat(items).hasSizeGreaterThanOrEqualTo(320);
  }

  @Test
  void aBadExpectationNamesItsLine() {
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> UKR 190"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("constructions.txt:3: expected 'SOURCE TARGET CODE");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> UKR rus 190"))
        .hasMessage("constructions.txt:3: bad target 'rus' in 'rus'");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> UKR RUS 19x"))
        .hasMessageContaining(":3: bad CAMEO code '19x'");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> - RUS 190"))
        .hasMessageContaining(":3: bad source '-'");
  }

  @Test
  void aBadBlockNamesItsLine() {
    assertThatThrownBy(() -> parse("Kyiv said so.", "=> none"))
        .hasMessageStartingWith(
            "constructions.txt:1: a block must start with '# id: construction'");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> none", "Moscow denied it."))
        .hasMessageStartingWith("constructions.txt:4: a sentence after the expectations");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "=> UKR RUS 111", "=> none"))
        .hasMessageStartingWith("constructions.txt:4: '=> none' must be the block's only");
    assertThatThrownBy(
            () -> parse("# a-1: x", "Kyiv said so.", "=> none", "", "# a-1: y", "So.", "=> none"))
        .hasMessage("constructions.txt:5: id a-1 is already used on line 1");
    assertThatThrownBy(() -> parse("# a-1: x", "date: 10 March", "Kyiv said so.", "=> none"))
        .hasMessageStartingWith("constructions.txt:2: expected 'date: YYYY-MM-DD'");
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "# a-2: y"))
        .hasMessageStartingWith("constructions.txt:3: a new block must follow a blank line");
    assertThatThrownBy(() -> parse("# a-1: x", "=> none"))
        .hasMessageStartingWith("constructions.txt:2: an expectation before any sentence");
  }

  @Test
  void aBlockWithoutExpectationsOrWithTooMuchContextIsRefused() {
    assertThatThrownBy(() -> parse("# a-1: x", "Kyiv said so.", "", "# a-2: y"))
        .hasMessageStartingWith("constructions.txt:3: block a-1 (line 1) needs a sentence");
    assertThatThrownBy(() -> parse("# a-1: x", "A.", "B.", "C.", "D.", "E.", "=> none"))
        .hasMessageContaining("has 4 context sentences; at most 3");
  }

  @Test
  void actorsAndCodesMatchByPrefixAndAlternatives() {
    ConstructionItem item = item("Tokyo condemned the test.", "JPN PRK 11|12");

    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "PRKMIL", "111"))).right())
        .isTrue();
    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "PRK", "122"))).right()).isTrue();
    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "PRK", "130"))).reason())
        .isEqualTo("wrong code 130 for 11|12");
    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "-", "111"))).reason())
        .isEqualTo("wrong target - for PRK");
    assertThat(ItemOutcome.of(item, List.of()).reason()).isEqualTo("nothing coded");
  }

  @Test
  void pairsOneToOneWithNothingLeftOver() {
    ConstructionItem item =
        item("Japan and Australia condemned the test.", "JPN PRK 111", "AUS PRK 111");

    assertThat(
            ItemOutcome.of(
                    item,
                    List.of(
                        coded(item, "AUSGOV", "PRK", "111"), coded(item, "JPNGOV", "PRK", "111")))
                .right())
        .isTrue();
    ItemOutcome extra =
        ItemOutcome.of(
            item,
            List.of(
                coded(item, "JPNGOV", "PRK", "111"),
                coded(item, "AUSGOV", "PRK", "111"),
                coded(item, "JPNGOV", "AUSGOV", "111")));
    assertThat(extra.right()).isFalse();
    assertThat(extra.reason()).isEqualTo("extra JPNGOV AUSGOV 111");
    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "PRK", "111"))).reason())
        .isEqualTo("missing AUS PRK 111");
  }

  @Test
  void onlyTheLastSentenceIsJudged() {
    ConstructionItem item = item("Seoul said nothing.", "none");
    int before = 0;
    Event earlier =
        new Event(
            item.id(),
            0,
            item.date(),
            DatePrecision.PUBLISHED,
            ActorRef.of("PRK", "North Korea"),
            Optional.empty(),
            CameoCode.of("150"),
            OptionalInt.empty(),
            OptionalDouble.empty(),
            new Evidence(item.context().get(0), before, item.context().get(0).length()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    ItemOutcome outcome = ItemOutcome.of(item, List.of(earlier));

    assertThat(outcome.right()).isTrue();
    assertThat(outcome.predicted()).isEmpty();
  }

  @Test
  void aMutualActMayBeCodedEitherWayOrBoth() {
    ConstructionItem item = item("Seoul and Tokyo held talks.", "KOR <> JPN 04");

    assertThat(ItemOutcome.of(item, List.of(coded(item, "JPNGOV", "KORGOV", "046"))).right())
        .isTrue();
    assertThat(
            ItemOutcome.of(
                    item,
                    List.of(
                        coded(item, "KORGOV", "JPNGOV", "040"),
                        coded(item, "JPNGOV", "KOR", "040")))
                .right())
        .isTrue();
    assertThat(
            ItemOutcome.of(
                    item,
                    List.of(
                        coded(item, "KORGOV", "JPNGOV", "040"),
                        coded(item, "KORGOV", "JPN", "040")))
                .right())
        .isFalse();
  }

  @Test
  void aClaimantIsCheckedOnlyWhenWritten() {
    ConstructionItem unchecked = item("Kyiv said Russia fired missiles.", "RUS UKR 195");
    ConstructionItem claimed =
        item("Kyiv said Russia fired missiles.", "RUS UKR 195 claimed_by=UKR");
    ConstructionItem stated = item("Russia fired missiles.", "RUS UKR 195 claimed_by=-");

    assertThat(
            ItemOutcome.of(
                    unchecked,
                    List.of(coded(unchecked, "RUSMIL", "UKR", "195", Optional.of("UKRGOV"))))
                .right())
        .isTrue();
    assertThat(
            ItemOutcome.of(
                    claimed, List.of(coded(claimed, "RUSMIL", "UKR", "195", Optional.of("UKRGOV"))))
                .right())
        .isTrue();
    assertThat(ItemOutcome.of(claimed, List.of(coded(claimed, "RUSMIL", "UKR", "195"))).reason())
        .isEqualTo("claimed_by - for UKR");
    assertThat(
            ItemOutcome.of(
                    stated, List.of(coded(stated, "RUSMIL", "UKR", "195", Optional.of("UKRGOV"))))
                .right())
        .isFalse();
  }

  @Test
  void noTargetMayBeOneOfTheAlternatives() {
    ConstructionItem item = item("Pyongyang fired a missile.", "PRK USA|- 150");

    assertThat(ItemOutcome.of(item, List.of(coded(item, "PRKMIL", "-", "150"))).right()).isTrue();
    assertThat(ItemOutcome.of(item, List.of(coded(item, "PRKMIL", "USA", "150"))).right()).isTrue();
    assertThat(ItemOutcome.of(item, List.of(coded(item, "PRKMIL", "JPN", "150"))).right())
        .isFalse();
  }
}
