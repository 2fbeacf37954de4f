package org.sitrep.annotate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/*
 * Design note. Wire copy opens its first sentence with a dateline: "ISLAMABAD:", "MUSCAT, Oman
 * —", "GENEVA, May 12 (EFE) -", "PORT-AU-PRINCE, Haiti (AP) -". Parsed as part of the sentence it
 * becomes the subject ("ISLAMABAD ... agreed"), so the parser is given the sentence without it and
 * the dateline is put back as a parenthetical. A story filed from two places joins them with a
 * slash ("WASHINGTON/BOGOTA, Jan 27 (Reuters) -"). The date a dateline carries is the day the copy
 * was filed, not the day of what it tells ("..., Jan 27 (Reuters) - ... late on Sunday").
 */

/** The dateline at the start of a sentence, if any. */
public final class Dateline {
  private static final Set<String> SEPARATORS = Set.of(":", "—", "–", "-", "--", "---");
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'’/-]+");
  // tokens up to the dash: "GENEVA/PORT-AU-PRINCE, Oct 4 (Reuters) -" takes 12
  private static final int LONGEST = 16;

  private Dateline() {}

  /**
   * How many words the dateline takes, separator included, or 0 when the sentence opens with none:
   * a word in capitals ("ISLAMABAD", "PORT-AU-PRINCE", "WASHINGTON/BOGOTA"), then at most a few
   * place, date or outlet words, then a colon or dash.
   */
  public static int length(List<Word> words) {
    if (words.size() < 4 || !CAPITALS.matcher(words.get(0).text()).matches()) {
      return 0;
    }
    for (int k = 1; k < Math.min(LONGEST, words.size() - 2); k++) {
      String w = words.get(k).text();
      if (SEPARATORS.contains(w) && !isHyphen(words, k)) {
        return k + 1;
      }
      if (!(w.equals(",")
          || w.equals("/")
          || w.equals("(")
          || w.equals(")")
          || w.equals("-LRB-")
          || w.equals("-RRB-")
          || Character.isUpperCase(w.charAt(0))
          || Character.isDigit(w.charAt(0))
          || w.equals(".")
          || isHyphen(words, k))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether the dash at {@code k} joins the words on either side with no space, as the tokenizer
   * splits "PORT-AU-PRINCE": a hyphen inside the place's name, not the dash that ends the dateline.
   */
  private static boolean isHyphen(List<Word> words, int k) {
    Word dash = words.get(k);
    return k + 1 < words.size()
        && (dash.text().equals("-") || dash.text().equals("–"))
        && words.get(k - 1).end() == dash.start()
        && dash.end() == words.get(k + 1).start();
  }
}
