package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.coding.Located;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/*
 * Design note. War news reports aid as a noun more often than as a verb: "the remaining $6
 * billion of funding for Ukraine ..., Sullivan said", "a new package of military aid to Kyiv, the
 * Pentagon announced". The verb patterns see no verb of giving there, and the sentence's subject
 * is often not the giver ("this will be done by using..."). So a sentence the coder found no
 * event in is read once more for an aid noun with its recipient ("for/to X"); the giver is the
 * one who reports it (the claimant) or else the first other actor of the sentence. The code is
 * CAMEO's provide-aid family by the aid's kind, and its intent counterpart (033x) when the
 * sentence speaks of the future ("will", "plans").
 */

/** Finds "aid for X" in a sentence and makes it an event. */
final class AidReports {
  private static final Set<String> AID_NOUNS =
      Set.of(
          "aid", "assistance", "funding", "funds", "loan", "loans", "grant", "grants", "package");
  private static final Set<String> FUTURE =
      Set.of("will", "would", "plans", "plan", "aims", "intends", "'ll", "’ll");

  private AidReports() {}

  /**
   * The aid event of the sentence, if it reports one; {@code reporterOf} gives who reports the word
   * at an index.
   */
  static Optional<Located> find(
      AnnotatedSentence sentence,
      List<Mention> mentions,
      java.util.function.IntFunction<Optional<Mention>> reporterOf) {
    List<Word> words = sentence.words();
    for (int k = 0; k + 2 < words.size(); k++) {
      if (!AID_NOUNS.contains(lower(words.get(k))) || !words.get(k).tag().startsWith("NN")) {
        continue;
      }
      String preposition = lower(words.get(k + 1));
      if (!preposition.equals("for") && !preposition.equals("to")) {
        continue;
      }
      int noun = k;
      Optional<Mention> recipient =
          mentions.stream()
              .filter(m -> m.start() == noun + 2 && ActorCode.isActor(m.resolved().code()))
              .findFirst();
      if (recipient.isEmpty()) {
        continue;
      }
      Optional<Mention> source =
          reporterOf
              .apply(noun)
              .filter(g -> ActorCode.isActor(g.resolved().code()))
              .or(
                  () ->
                      mentions.stream()
                          .filter(
                              m ->
                                  !m.equals(recipient.get())
                                      && m.start() < noun
                                      && ActorCode.isActor(m.resolved().code()))
                          .findFirst());
      if (source.isEmpty()) {
        continue;
      }
      ActorCode from = ActorCode.of(source.get().resolved().code().orElseThrow());
      ActorCode to = ActorCode.of(recipient.get().resolved().code().orElseThrow());
      if (from.country().equals(to.country())) {
        continue;
      }
      String code = kind(words, noun, isFuture(words, noun));
      return Optional.of(
          new Located(
              from,
              to,
              CameoCode.of(code),
              noun,
              source.get().start(),
              recipient.get().start(),
              source.get().resolved().text(),
              recipient.get().resolved().text()));
    }
    return Optional.empty();
  }

  private static String kind(List<Word> words, int noun, boolean future) {
    String kind = "0";
    for (int k = Math.max(0, noun - 3); k < noun; k++) {
      String w = lower(words.get(k));
      if (w.equals("military")
          || w.equals("defence")
          || w.equals("defense")
          || w.equals("security")) {
        kind = "2";
      } else if (w.equals("economic") || w.equals("financial") || w.equals("budget")) {
        kind = "1";
      } else if (w.equals("humanitarian")) {
        kind = "3";
      }
    }
    if (future) {
      return kind.equals("0") ? "033" : "033" + kind;
    }
    return "07" + kind;
  }

  private static boolean isFuture(List<Word> words, int noun) {
    for (int k = 0; k < noun; k++) {
      if (FUTURE.contains(lower(words.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }
}
