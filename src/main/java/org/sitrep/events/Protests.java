package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Word;
import org.sitrep.coding.Located;
import org.sitrep.model.CameoCode;

/*
 * Design note. A crowd in the street that demands something is demonstrating: CAMEO codes it under
 * 14 (protest), 141 "demonstrate or rally", with the demand's aim carried over (a change of leader
 * 1041 -> 1411). The verb patterns and the lexicon code "demanded" as 10 whoever says it, so the
 * recode looks at who the demander is, a crowd named as protesters, demonstrators or marchers, and
 * at how the demand is told: as what the crowd does while gathering ("packed the square, demanding
 * that the prime minister step down"), not as a statement of its own ("Protesters demanded early
 * elections", coded 10 like anyone's demand).
 */

/**
 * Recodes a demand made by protesters as a demonstration.
 *
 * <pre>{@code Protests.recode(e)  // "Hundreds of protesters ... demanding that X step down": 141}
 * </pre>
 */
final class Protests {
  private static final Set<String> CROWDS =
      Set.of(
          "protester",
          "protesters",
          "protestor",
          "protestors",
          "demonstrator",
          "demonstrators",
          "marcher",
          "marchers",
          "crowd",
          "crowds");
  private static final Map<String, String> AIMS =
      Map.of("1041", "1411", "1042", "1412", "1043", "1413", "1044", "1414");

  private Protests() {}

  /** The event as a demonstration when it is a crowd's demand; otherwise as it is. */
  static Located recode(Located e, List<Word> words) {
    boolean whileGathering =
        e.verb() >= 0 && e.verb() < words.size() && words.get(e.verb()).tag().equals("VBG");
    if (!e.code().root().equals("10") || !whileGathering || !isCrowd(e.sourceText())) {
      return e;
    }
    return e.withCode(CameoCode.of(AIMS.getOrDefault(e.code().value(), "141")));
  }

  private static boolean isCrowd(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (CROWDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
