package org.sitrep.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CameoCode;

/**
 * The bundled {@code predicates.txt} read as text, for mistakes the reader cannot see: a code
 * outside CAMEO, a condition naming a class the file never defines (it would silently never hold),
 * a reading no lookup can reach.
 */
class PredicatesFileTest {
  /** One entry line of the file, split into its fields. */
  private record Line(int number, String[] fields) {
    String kind() {
      return fields[0];
    }

    String lemma() {
      return fields[1];
    }

    String code() {
      return fields[2];
    }

    /** The condition: the fifth field, else an "x=y" item of the targets, else "". */
    String condition() {
      if (fields.length > 4) {
        return fields[4];
      }
      for (String target : fields[3].split(",")) {
        if (target.contains("=")) {
          return target;
        }
      }
      return "";
    }

    @Override
    public String toString() {
      return "line " + number + ": " + String.join(" ", fields);
    }
  }

  private static final List<Line> ENTRIES = new ArrayList<>();
  private static final Set<String> CLASSES = new HashSet<>();

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(PredicateLexicon.class.getResourceAsStream("predicates.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] fields = text.split("\\s+");
        if (fields[0].equals("CLASS")) {
          CLASSES.add(fields[1]);
        } else {
          ENTRIES.add(new Line(number, fields));
        }
      }
    }
  }

  @Test
  void holdsVerbsNounsAndLightVerbs() {
    assertThat(ENTRIES).extracting(Line::kind).contains("V", "N", "L");
    assertThat(ENTRIES).extracting(Line::kind).containsOnly("V", "N", "L");
  }

  @Test
  void everyVerbAndNounCarriesACameoCode() {
    for (Line line : ENTRIES) {
      if (line.kind().equals("L") || line.code().equals("-") && line.kind().equals("V")) {
        // light verbs, and idioms that tell no act ("take_effect")
        assertThat(line.code()).as(line.toString()).isEqualTo("-");
        continue;
      }
      assertThat(line.code()).as(line.toString()).matches("[0-9]{3,4}");
      assertThat(CameoCode.of(line.code()).quadClass()).as(line.toString()).isPresent();
    }
  }

  @Test
  void everyConditionNamesAClassTheFileDefines() {
    for (Line line : ENTRIES) {
      String condition = line.condition();
      if (condition.isEmpty()) {
        continue;
      }
      String[] slotAndClass = condition.split("=", 2);
      // the object, the clausal complement, or a prepositional argument ("in=envoy")
      assertThat(slotAndClass[0])
          .as(line.toString())
          .isIn(
              "obj", "xcomp", "in", "into", "on", "over", "to", "toward", "towards", "under", "at",
              "with", "against", "from", "for", "of", "out_of");
      assertThat(CLASSES).as(line.toString()).contains(slotAndClass[1]);
    }
  }

  @Test
  void noVerbReadingIsHiddenBehindAnEarlierUnconditionalOne() {
    Set<String> unconditional = new HashSet<>();
    List<Line> hidden = new ArrayList<>();
    for (Line line : ENTRIES) {
      if (!line.kind().equals("V")) {
        continue;
      }
      if (unconditional.contains(line.lemma())) {
        hidden.add(line);
      }
      if (line.condition().isEmpty()) {
        unconditional.add(line.lemma());
      }
    }
    assertThat(hidden).isEmpty();
  }
}
