package org.sitrep.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.annotate.Word;

/*
 * Design note. An event is a claim when the article does not state it itself but reports that
 * someone says so. Three shapes are recognised, in order: the event is inside a quote (the quote's
 * speaker claims it); the sentence says "according to X" (X claims it); the event's verb hangs
 * off a speech verb of the same sentence that is not the event's own verb ("Zelensky said Russia
 * launched...", "..., Sullivan said"), so the speech verb's subject claims it.
 */

/**
 * Who an event is claimed by, if the article reports it as someone's claim.
 *
 * <pre>{@code Claims.claimant(discourse, attributions, 12, 7)  // Optional[Mention of "Russia"]}
 * </pre>
 */
final class Claims {
  private Claims() {}

  /** The claimant of an event whose verb is word {@code verb} of sentence {@code sentence}. */
  static Optional<Mention> claimant(
      DiscourseDraft discourse,
      List<QuoteAttributor.Attribution> attributions,
      int sentence,
      int verb) {
    if (verb >= 0) {
      Optional<Mention> speaker =
          QuoteAttributor.speakerAt(discourse, attributions, sentence, verb);
      if (speaker.isPresent()) {
        return speaker;
      }
    }
    Optional<Mention> according = accordingTo(discourse, sentence);
    if (according.isPresent() || verb < 0) {
      return according;
    }
    return reportedBy(discourse, sentence, verb);
  }

  /** "according to X": the first mention after it, outside quotes. */
  private static Optional<Mention> accordingTo(DiscourseDraft discourse, int sentence) {
    List<Word> words = discourse.sentences().get(sentence).words();
    List<Mention> mentions = discourse.mentions(sentence);
    for (int k = 0; k + 1 < words.size(); k++) {
      if (words.get(k).text().equalsIgnoreCase("according")
          && words.get(k + 1).text().equalsIgnoreCase("to")
          && discourse.quoteAt(sentence, k).isEmpty()) {
        int after = k + 1;
        Optional<Mention> source = mentions.stream().filter(m -> m.start() > after).findFirst();
        if (source.isPresent()) {
          return source;
        }
      }
    }
    return Optional.empty();
  }

  /** Who a reporting verb of the sentence says reported the event whose verb is {@code verb}. */
  private static Optional<Mention> reportedBy(DiscourseDraft discourse, int sentence, int verb) {
    List<Word> words = discourse.sentences().get(sentence).words();
    List<Mention> mentions = discourse.mentions(sentence);
    for (int k = 0; k < words.size(); k++) {
      Word word = words.get(k);
      if (k == verb
          || !word.isVerb()
          || discourse.quoteAt(sentence, k).isPresent()
          || !isReportingLemma(word.lemma())) {
        continue;
      }
      int speech = k;
      if (speech < verb) {
        // "X said (that) Y did": X is the nearest mention before the speech verb
        Optional<Mention> speaker =
            nearest(
                discourse,
                mentions.stream().filter(m -> m.end() <= speech && !discourse.inQuote(m)).toList());
        if (speaker.isPresent()) {
          return speaker;
        }
      } else if (commaBetween(words, verb, speech)) {
        // "Y did ..., X said" / "Y did ..., said X"
        int comma = lastComma(words, verb, speech);
        Optional<Mention> before =
            nearest(
                discourse,
                mentions.stream().filter(m -> m.start() > comma && m.end() <= speech).toList());
        if (before.isPresent()) {
          return before;
        }
        Optional<Mention> after =
            mentions.stream()
                .filter(m -> m.start() > speech && m.start() <= speech + 2)
                .findFirst();
        if (after.isPresent()) {
          return after;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The last of {@code before} (the speaker's words end the list) that names a codable actor, else
   * the last: in "the China Coast Guard (CCG) said" the speaker is the coast guard, not "CCG".
   */
  private static Optional<Mention> nearest(DiscourseDraft discourse, List<Mention> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      if (QuoteAttributor.codeOf(discourse, before.get(k).resolved()).isPresent()) {
        return Optional.of(before.get(k));
      }
    }
    return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
  }

  private static boolean commaBetween(List<Word> words, int from, int to) {
    return lastComma(words, from, to) >= 0;
  }

  private static int lastComma(List<Word> words, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (words.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isReportingLemma(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return l.equals("say")
        || l.equals("claim")
        || l.equals("report")
        || l.equals("state")
        || l.equals("allege")
        || l.equals("tell")
        || l.equals("announce")
        || l.equals("write")
        || l.equals("add")
        || l.equals("insist")
        || l.equals("assert")
        || l.equals("confirm");
  }
}
