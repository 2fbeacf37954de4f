package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

class GdeltMentionsTsvTest {
  private static final LocalDate ADDED = LocalDate.of(2024, 11, 10);

  private static Map<String, String> columns(String line) {
    String[] cells = line.split("\t", -1);
    assertThat(cells).hasSize(16);
    Map<String, String> byName = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      byName.put(GdeltMentionsTsv.COLUMNS.get(i), cells[i]);
    }
    return byName;
  }

  private static GdeltMentionsTsv.Source reuters() {
    return new GdeltMentionsTsv.Source(
        Optional.of("Reuters"),
        Optional.of("https://example.org/kyiv"),
        Optional.of(LocalDate.of(2024, 11, 11)),
        OptionalInt.of(5120));
  }

  @Test
  void hasGdelt2MentionsSixteenColumnsInCodebookOrder() {
    assertThat(GdeltMentionsTsv.COLUMNS)
        .containsExactly(
            "GLOBALEVENTID",
            "EventTimeDate",
            "MentionTimeDate",
            "MentionType",
            "MentionSourceName",
            "MentionIdentifier",
            "SentenceID",
            "Actor1CharOffset",
            "Actor2CharOffset",
            "ActionCharOffset",
            "InRawText",
            "Confidence",
            "MentionDocLen",
            "MentionDocTone",
            "MentionDocTranslationInfo",
            "Extras");
  }

  @Test
  void fillsWhatTheArticleAndTheSentenceTell() {
    Event strike = EventJsonTest.strike();
    long id = GdeltTsv.globalEventId(strike);

    Map<String, String> c = columns(GdeltMentionsTsv.line(id, ADDED, strike, reuters()));

    assertThat(c.get("GLOBALEVENTID")).isEqualTo(Long.toString(id));
    assertThat(c.get("EventTimeDate")).isEqualTo("20241110000000");
    assertThat(c.get("MentionTimeDate")).isEqualTo("20241111000000");
    assertThat(c.get("MentionType")).isEqualTo("1");
    assertThat(c.get("MentionSourceName")).isEqualTo("Reuters");
    assertThat(c.get("MentionIdentifier")).isEqualTo("https://example.org/kyiv");
    assertThat(c.get("SentenceID")).isEqualTo("28"); // sentence 27 counted from 1
    // "Russia launched 145 drones at Ukraine ...", evidence at 3650
    assertThat(c.get("Actor1CharOffset")).isEqualTo("3650");
    assertThat(c.get("Actor2CharOffset")).isEqualTo(Integer.toString(3650 + 30));
    assertThat(c.get("ActionCharOffset")).isEqualTo("-1");
    assertThat(c.get("InRawText")).isEqualTo("1");
    assertThat(c.get("MentionDocLen")).isEqualTo("5120");
    assertThat(c.get("Confidence")).isEmpty();
    assertThat(c.get("MentionDocTone")).isEmpty();
    assertThat(c.get("MentionDocTranslationInfo")).isEmpty();
    assertThat(c.get("Extras")).isEmpty();
  }

  @Test
  void anArticleWithoutAddressIsACitationByItsIdAndAnInferredActorIsNotInTheRawText() {
    Event bare = EventJsonTest.bare(); // "Washington" is not in its sentence "x"
    GdeltMentionsTsv.Source file =
        new GdeltMentionsTsv.Source(
            Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

    Map<String, String> c = columns(GdeltMentionsTsv.line(7, ADDED, bare, file));

    assertThat(c.get("MentionType")).isEqualTo("2");
    assertThat(c.get("MentionIdentifier")).isEqualTo("a1");
    assertThat(c.get("MentionSourceName")).isEmpty();
    assertThat(c.get("MentionTimeDate")).isEmpty();
    assertThat(c.get("SentenceID")).isEqualTo("1");
    assertThat(c.get("Actor1CharOffset")).isEqualTo("-1");
    assertThat(c.get("Actor2CharOffset")).isEqualTo("-1");
    assertThat(c.get("InRawText")).isEqualTo("0");
    assertThat(c.get("MentionDocLen")).isEmpty();
  }
}
