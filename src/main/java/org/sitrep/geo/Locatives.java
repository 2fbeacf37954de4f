package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Word;

/**
 * Whether a preposition of place introduces a name ("in Avdiivka", "near the frontline town of
 * Pokrovsk", "strikes on Kyiv"): such a name is where something happens, and is taken as a place
 * even where CoreNLP did not call it a location.
 */
final class Locatives {
  // how far before a name a preposition of place may stand: "into the centre of the Ukrainian city
  // of" (only articles, adjectives, settings and "of" may stand between)
  private static final int MAX_LOOKBACK = 9;
  static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "over",
          "on",
          "outside",
          "inside",
          "across",
          "around",
          "into",
          "onto",
          "throughout",
          "within",
          "off",
          "along",
          "toward",
          "towards",
          "beyond",
          "upon");
  // words between a preposition and a name that keep it locative: "in the city of", "near the
  // frontline town of"
  private static final Set<String> SETTINGS =
      Set.of(
          "city",
          "cities",
          "town",
          "towns",
          "village",
          "villages",
          "region",
          "regions",
          "province",
          "port",
          "capital",
          "outskirts",
          "suburbs",
          "suburb",
          "area",
          "district",
          "oblast",
          "settlement",
          "border",
          "frontline",
          "front",
          "island",
          "republic",
          "state",
          "coast",
          "centre",
          "center",
          "streets",
          "skies",
          "south",
          "north",
          "east",
          "west",
          "part",
          "parts",
          "heart");
  // prepositions that place only seas, regions and what falls on or flies over a town or country:
  // "strikes on Kyiv", "shot down over Belgorod", not "counting on America", "a row over Taiwan"
  private static final Set<String> ONTO = Set.of("on", "upon", "onto", "over");
  // lemmas just before "on" or "over" that make it a preposition of place
  private static final Set<String> ATTACKS =
      Set.of(
          "attack",
          "strike",
          "airstrike",
          "assault",
          "raid",
          "offensive",
          "bombardment",
          "bombing",
          "shelling",
          "barrage",
          "missile",
          "drone",
          "rocket",
          "bomb",
          "shell",
          "fire",
          "drop",
          "rain",
          "down",
          "advance",
          "march",
          "push",
          "close",
          "converge",
          "descend",
          "fall",
          "land",
          "crash",
          "attacks",
          "strikes",
          "fly",
          "shoot",
          "intercept",
          "explode",
          "hover",
          "patrol",
          "airspace",
          "sky");

  private Locatives() {}

  /**
   * Whether a preposition of place stands before word {@code start}, past articles, adjectives and
   * settings.
   */
  static boolean isLocative(List<Word> words, int start, boolean openSpace) {
    for (int k = start - 1; k >= 0 && k >= start - MAX_LOOKBACK; k--) {
      Word word = words.get(k);
      String lower = word.text().toLowerCase(Locale.ROOT);
      String tag = word.tag();
      if (LOCATIVE.contains(lower) && (tag.equals("IN") || tag.equals("RP") || tag.equals("RB"))) {
        return !ONTO.contains(lower) || openSpace || followsAttack(words, k);
      }
      boolean modifier =
          tag.equals("DT")
              || tag.startsWith("JJ")
              || tag.equals("POS")
              || tag.equals("PRP$")
              || tag.startsWith("NNP")
              || tag.equals("CD")
              || tag.equals("HYPH");
      boolean setting = SETTINGS.contains(lower) || lower.equals("of");
      if (!modifier && !setting) {
        return false;
      }
    }
    return false;
  }

  private static boolean followsAttack(List<Word> words, int preposition) {
    for (int k = preposition - 1; k >= 0 && k >= preposition - 2; k--) {
      if (ATTACKS.contains(words.get(k).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
