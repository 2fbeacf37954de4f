package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Word;

/*
 * Design note. CAMEO codes a planned or promised action as an intention (root 03: "express intent
 * to meet", "... to provide military aid"), not as the action, which has not happened. The verb
 * patterns code the action verb they see, so the pipeline looks at what governs that verb: a
 * modal "will/shall", or "to" after a word of intent ("plans to", "is ready to", "vowed to",
 * "agreed to", "readiness to"). Cooperative actions map to their 03x counterpart; force (roots
 * 15, 17-20) announced ahead is a threat of force (138), CAMEO's code for it. Negated intentions
 * never reach this point: the coder drops negated verbs.
 */

/**
 * Turns the code of a planned or promised action into CAMEO's intent code.
 *
 * <pre>{@code Intentions.code("036", words, verb)  // "ready to speak to Trump": 040 -> 036}</pre>
 */
public final class Intentions {
  private static final Set<String> INTENT_WORDS =
      Set.of(
          "plan",
          "plans",
          "planned",
          "planning",
          "intend",
          "intends",
          "intended",
          "intention",
          "aim",
          "aims",
          "aimed",
          "ready",
          "readiness",
          "prepared",
          "willing",
          "willingness",
          "determined",
          "determination",
          "vow",
          "vows",
          "vowed",
          "pledge",
          "pledges",
          "pledged",
          "promise",
          "promises",
          "promised",
          "seek",
          "seeks",
          "sought",
          "want",
          "wants",
          "wanted",
          "hope",
          "hopes",
          "hoped",
          "agree",
          "agrees",
          "agreed",
          "offer",
          "offers",
          "offered",
          "commit",
          "commits",
          "committed",
          "eager",
          "keen",
          "threaten",
          "threatens",
          "threatened",
          "bid",
          "expects",
          "expected",
          // "is due to return the remains", "is scheduled to visit": a timetabled act
          "due",
          "scheduled",
          "slated");
  // "said China would work with India": reported speech puts "will" in the past
  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "shall", "'ll", "’ll", "would", "'d", "’d");
  private static final Map<String, String> ROOT_INTENT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("07", "033"),
          Map.entry("08", "035"),
          Map.entry("09", "030"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("17", "130"),
          Map.entry("18", "138"),
          Map.entry("19", "138"),
          Map.entry("20", "138"));
  private static final Map<String, String> CODE_INTENT =
      Map.ofEntries(
          // CAMEO 039 "express intent to mediate"
          Map.entry("045", "039"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"));

  private Intentions() {}

  /** The code as is when the verb reports an act; its intent code when it reports a plan. */
  public static String code(String code, List<Word> words, int verb) {
    if (code.length() < 2 || !isIntended(words, verb)) {
      return code;
    }
    String exact = CODE_INTENT.get(code.length() > 3 ? code.substring(0, 3) : code);
    if (exact != null) {
      return exact;
    }
    return ROOT_INTENT.getOrDefault(code.substring(0, 2), code);
  }

  private static final Set<String> AVOIDING =
      Set.of(
          "avoid",
          "avoids",
          "avoided",
          "avoiding",
          "refrain",
          "refrains",
          "refrained",
          "stop",
          "stops",
          "stopped",
          "cease",
          "ceased",
          "prevent",
          "prevents",
          "prevented",
          "halt",
          "halted",
          // "refused to talk to Washington", "declined to meet him": the refusal is the act
          "refuse",
          "refuses",
          "refused",
          "refusing",
          "decline",
          "declines",
          "declined",
          "declining");

  /**
   * Whether the verb is something avoided or prevented ("urged Putin to avoid escalating",
   * "refrained from attacking"): no such event took place.
   */
  public static boolean isAvoided(List<Word> words, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
      String w = lower(words.get(k));
      if (AVOIDING.contains(w)) {
        return true;
      }
      if (!(w.equals("from") || w.equals("to") || words.get(k).tag().startsWith("RB"))) {
        return false;
      }
    }
    return false;
  }

  static boolean isIntended(List<Word> words, int verb) {
    if (verb < 0 || verb >= words.size()) {
      return false;
    }
    // the pattern matched on the word of intent itself: "is determined to support Ukraine"; but
    // "agreed to a ceasefire" is the ceasefire itself, not an intention
    if (verb + 2 < words.size()
        && INTENT_WORDS.contains(lower(words.get(verb)))
        && lower(words.get(verb + 1)).equals("to")
        && words.get(verb + 2).tag().startsWith("VB")) {
      return true;
    }
    if (verb == 0) {
      return false;
    }
    int k = verb - 1;
    while (k >= 0 && (words.get(k).tag().startsWith("RB") || words.get(k).tag().equals("VB"))) {
      // "will soon send", "will be sending": look past adverbs and auxiliaries
      if (FUTURE_MODALS.contains(lower(words.get(k)))) {
        break;
      }
      k--;
    }
    if (k < 0) {
      return false;
    }
    String word = lower(words.get(k));
    if (FUTURE_MODALS.contains(word) && words.get(k).tag().equals("MD")) {
      return true;
    }
    if (!word.equals("to") || k == 0) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      Word before = words.get(j);
      if (INTENT_WORDS.contains(lower(before))) {
        return true;
      }
      if (!(before.tag().startsWith("RB")
          || before.tag().startsWith("PRP")
          || before.tag().equals("DT"))) {
        return false;
      }
    }
    return false;
  }

  private static String lower(Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }
}
