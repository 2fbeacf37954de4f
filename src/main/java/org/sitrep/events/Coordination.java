package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.coding.Located;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;

/**
 * Targets joined by "as well as" after an event's target, which parsers attach far from the verb
 * ("spoke to Putin on November 7, as well as Zelenskyy on November 8"): each is the target of the
 * same event too.
 *
 * <pre>
 * {@code Coordination.alsoTargets(event, sentence, mentions)  // [the event with Zelenskyy as target]}
 * </pre>
 */
final class Coordination {
  private Coordination() {}

  static List<Located> alsoTargets(
      Located event, AnnotatedSentence sentence, List<Mention> mentions) {
    List<Located> out = new ArrayList<>();
    if (event.targetAt() < 0) {
      return out;
    }
    List<Word> words = sentence.words();
    for (int k = event.targetAt() + 1; k + 3 < words.size(); k++) {
      if (k != event.targetAt() + 1 && words.get(k).isVerb()) {
        break;
      }
      if (!isAsWellAs(words, k)) {
        continue;
      }
      int after = k + 3;
      int asWellAs = k;
      boolean targetIsNearest =
          mentions.stream()
              .noneMatch(
                  m ->
                      m.start() > event.targetAt()
                          && m.end() <= asWellAs
                          && ActorCode.isActor(m.resolved().code()));
      if (!targetIsNearest) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.start() >= after
            && m.start() <= after + 1
            && ActorCode.isActor(m.resolved().code())
            && !m.resolved().code().get().equals(event.source().value())) {
          out.add(
              new Located(
                  event.source(),
                  ActorCode.of(m.resolved().code().get()),
                  event.code(),
                  event.verb(),
                  event.sourceAt(),
                  m.start(),
                  event.sourceText(),
                  m.resolved().text()));
        }
      }
    }
    return out;
  }

  private static boolean isAsWellAs(List<Word> words, int k) {
    return words.get(k).text().toLowerCase(Locale.ROOT).equals("as")
        && words.get(k + 1).text().toLowerCase(Locale.ROOT).equals("well")
        && words.get(k + 2).text().toLowerCase(Locale.ROOT).equals("as");
  }
}
