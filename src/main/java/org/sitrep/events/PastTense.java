package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Word;

/**
 * Whether a time expression tells of the past: the event's verb is past ("struck on Monday"), or a
 * past verb stands within a few words of it ("the clashes, which erupted on Thursday, have killed")
 * with no future marker before it ("would travel on Monday"). A weekday or a month named without a
 * year then lies before publication, where the nearest one may be after it.
 */
final class PastTense {
  private static final int REACH = 3;
  private static final Set<String> FUTURE =
      Set.of("will", "would", "'ll", "’ll", "shall", "could", "should", "going", "to");

  private PastTense() {}

  /** {@code verb} is the event's word index or -1; [start, end) the time expression's words. */
  static boolean at(List<Word> words, int verb, int start, int end) {
    if (verb >= 0 && verb < words.size() && isPast(words.get(verb))) {
      return true;
    }
    for (int k = Math.max(0, start - REACH); k < start; k++) {
      if (FUTURE.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    int last = Math.min(words.size(), end + REACH);
    for (int k = Math.max(0, start - REACH); k < last; k++) {
      if ((k < start || k >= end) && words.get(k).tag().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPast(Word word) {
    return word.tag().equals("VBD") || word.tag().equals("VBN");
  }
}
