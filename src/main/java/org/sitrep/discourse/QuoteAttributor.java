package org.sitrep.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.QuoteSpan;
import org.sitrep.annotate.Word;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;

/*
 * Design note. News attributes quotes with a speech verb next to them: "X said (that) '...'",
 * "'...', X said", "'...', said X", "according to X". The attributor looks for the speech verb
 * nearest the quote, outside it, in the sentences the quote touches, and takes the speaker from
 * the verb's side of the quote: before a verb that precedes the quote, the nearest mention before
 * the verb; after the quote, the mention between quote and verb, or right after the verb. A quote
 * with no speech verb continues the paragraph: it goes to the paragraph's previous speaker.
 */

/**
 * Attributes each quote of an article to a speaker mention, resolved through pronouns.
 *
 * <pre>{@code List<Quote> quotes = QuoteAttributor.attribute(discourse)}</pre>
 */
final class QuoteAttributor {
  static final Set<String> SPEECH_LEMMAS =
      Set.of(
          "say",
          "tell",
          "state",
          "add",
          "describe",
          "urge",
          "warn",
          "write",
          "post",
          "report",
          "announce",
          "insist",
          "declare",
          "note",
          "stress",
          "emphasize",
          "emphasise",
          "claim",
          "argue",
          "ask",
          "reply",
          "respond",
          "comment",
          "explain",
          "confirm",
          "deny",
          "vow",
          "pledge",
          "predict",
          "suggest",
          "acknowledge",
          "admit",
          "allege",
          "assert",
          "caution",
          "complain",
          "concede",
          "contend",
          "recall",
          "remark",
          "reiterate",
          "repeat",
          "mention",
          "call",
          "tweet",
          "quote",
          "promise",
          "threaten",
          "accuse",
          "condemn",
          "denounce",
          "criticize",
          "criticise",
          "hail",
          "praise",
          "welcome",
          "dismiss",
          "reject",
          "demand");

  /** Speech verbs whose object is the addressee: "'...,' told Tehran" never makes Tehran speak. */
  private static final Set<String> ADDRESSED = Set.of("tell", "ask", "urge", "warn", "call");

  /** A quote with the mention that said it, if found. */
  record Attribution(QuoteSpan quote, Optional<Mention> speaker) {}

  private QuoteAttributor() {}

  static List<Attribution> attribute(DiscourseDraft discourse) {
    List<Attribution> out = new ArrayList<>();
    Attribution previous = null;
    for (QuoteSpan quote : discourse.article().quotes()) {
      Optional<Mention> speaker = byVerb(discourse, quote);
      if (speaker.isEmpty()
          && previous != null
          && previous.speaker().isPresent()
          && !discourse.paragraphBreakBetween(previous.quote().end(), quote.start())) {
        speaker = previous.speaker();
      }
      if (speaker.isEmpty()) {
        speaker = paragraphSubject(discourse, quote);
      }
      Attribution attribution = new Attribution(quote, speaker);
      out.add(attribution);
      previous = attribution;
    }
    return out;
  }

  /** Inside a quote "I" and "we" are its speaker: resolves them so the coder sees who acts. */
  static void resolveFirstPerson(DiscourseDraft discourse, List<Attribution> attributions) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention mention : discourse.mentions(s)) {
        if (mention.kind() != Mention.Kind.FIRST_PERSON) {
          continue;
        }
        Optional<QuoteSpan> quote = discourse.quoteAt(s, mention.start());
        for (Attribution a : attributions) {
          if (quote.isPresent() && a.quote().equals(quote.get()) && a.speaker().isPresent()) {
            discourse.replace(mention, mention.resolvedTo(a.speaker().get()));
          }
        }
      }
    }
  }

  /** The speaker of the quote holding this word, if it has one. */
  static Optional<Mention> speakerAt(
      DiscourseDraft discourse, List<Attribution> attributions, int sentence, int word) {
    Optional<QuoteSpan> quote = discourse.quoteAt(sentence, word);
    if (quote.isEmpty()) {
      return Optional.empty();
    }
    for (Attribution a : attributions) {
      if (a.quote().equals(quote.get())) {
        return a.speaker();
      }
    }
    return Optional.empty();
  }

  /**
   * As output records: the speaker's text is the name the pronoun stood for; a speaker no
   * dictionary knows takes the code of the title in apposition before it ("Kremlin spokesman,
   * Dmitry Peskov").
   */
  static List<Quote> quotes(DiscourseDraft discourse, List<Attribution> attributions) {
    List<Quote> out = new ArrayList<>();
    for (Attribution a : attributions) {
      Mention speaker = a.speaker().map(Mention::resolved).orElse(null);
      Optional<ActorCode> code =
          speaker == null
              ? Optional.empty()
              : codeOf(discourse, speaker).map(QuoteAttributor::stateVoice).map(ActorCode::of);
      out.add(
          new Quote(
              discourse.article().article().id(),
              speaker == null ? "" : speaker.text(),
              code,
              a.quote().text(),
              a.quote().start(),
              a.quote().end()));
    }
    return out;
  }

  /** "Bangkok said", "Russia said": a state speaks through its government. */
  private static String stateVoice(String code) {
    return code.length() == 3 && Character.isLetter(code.charAt(0)) ? code + "GOV" : code;
  }

  /**
   * The mention's actor code, or that of a title right before it; a role with no country ("the
   * president", "the Interior Ministry") is the last actor named in that role, else the role of the
   * story's country.
   */
  static Optional<String> codeOf(DiscourseDraft discourse, Mention mention) {
    if (mention.hasActorCode()) {
      return mention.code();
    }
    Optional<String> role = mention.code().filter(c -> c.startsWith("---") && c.length() >= 6);
    if (role.isPresent()) {
      return RoleSpeakers.code(discourse, mention, role.get().substring(3, 6));
    }
    List<Word> words = discourse.sentences().get(mention.sentence()).words();
    for (Mention m : discourse.mentions(mention.sentence())) {
      if (m.end() <= mention.start()
          && onlyTitleWordsBetween(words, m.end(), mention.start())
          && m.hasActorCode()) {
        return m.code();
      }
    }
    return Optional.empty();
  }

  /** "Kremlin spokesman, Ivan Petrovsky": common nouns and one comma between title and name. */
  private static boolean onlyTitleWordsBetween(List<Word> words, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      if (!(w.tag().equals("NN") || w.text().equals(","))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Mention> byVerb(DiscourseDraft discourse, QuoteSpan quote) {
    List<AnnotatedSentence> touched = touched(discourse, quote);
    Candidate best = null;
    for (AnnotatedSentence sentence : touched) {
      List<Word> words = sentence.words();
      for (int k = 0; k < words.size(); k++) {
        Word word = words.get(k);
        if (word.end() > quote.start() && word.start() < quote.end()) {
          continue;
        }
        boolean according = isAccordingTo(words, k);
        if (!according
            && !(word.isVerb() && SPEECH_LEMMAS.contains(word.lemma().toLowerCase(Locale.ROOT)))) {
          continue;
        }
        int distance =
            word.end() <= quote.start() ? quote.start() - word.end() : word.start() - quote.end();
        Optional<Mention> speaker = speakerOf(discourse, sentence, k, quote, according);
        if (speaker.isPresent() && (best == null || distance < best.distance)) {
          best = new Candidate(speaker.get(), distance);
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.speaker);
  }

  private record Candidate(Mention speaker, int distance) {}

  private static boolean isAccordingTo(List<Word> words, int k) {
    return k + 1 < words.size()
        && words.get(k).text().equalsIgnoreCase("according")
        && words.get(k + 1).text().equalsIgnoreCase("to");
  }

  private static Optional<Mention> speakerOf(
      DiscourseDraft discourse,
      AnnotatedSentence sentence,
      int verb,
      QuoteSpan quote,
      boolean according) {
    List<Mention> mentions = outsideQuotes(discourse, sentence);
    Word verbWord = sentence.words().get(verb);
    if (according) {
      return mentions.stream().filter(m -> m.start() > verb + 1).findFirst();
    }
    if (verbWord.end() <= quote.start()) {
      return SpeechSubject.of(sentence.words(), mentions, verb);
    }
    // "'...,' the Post reported" / "'...,' he said": between the quote and the verb
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      Word first = sentence.words().get(m.start());
      if (m.end() <= verb && first.start() >= quote.end()) {
        return Optional.of(m);
      }
    }
    if (!rightAfter(sentence.words(), quote, verb)
        || ADDRESSED.contains(verbWord.lemma().toLowerCase(Locale.ROOT))) {
      return SpeechSubject.of(sentence.words(), mentions, verb)
          .filter(m -> sentence.words().get(m.start()).start() >= quote.end());
    }
    // "'...,' said Peskov"
    return mentions.stream().filter(m -> m.start() > verb && m.start() <= verb + 3).findFirst();
  }

  /** Whether only punctuation stands between the quote's end and the verb. */
  private static boolean rightAfter(List<Word> words, QuoteSpan quote, int verb) {
    for (int k = verb - 1; k >= 0 && words.get(k).start() >= quote.end(); k--) {
      if (Character.isLetterOrDigit(words.get(k).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static List<Mention> outsideQuotes(DiscourseDraft discourse, AnnotatedSentence sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : discourse.mentions(sentence.index())) {
      if (!discourse.inQuote(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<AnnotatedSentence> touched(DiscourseDraft discourse, QuoteSpan quote) {
    List<AnnotatedSentence> out = new ArrayList<>();
    for (AnnotatedSentence sentence : discourse.sentences()) {
      if (sentence.end() >= quote.start() && sentence.start() <= quote.end()) {
        out.add(sentence);
      }
    }
    return out;
  }

  /** The first person named outside quotes in the quote's paragraph, before the quote. */
  private static Optional<Mention> paragraphSubject(DiscourseDraft discourse, QuoteSpan quote) {
    for (AnnotatedSentence sentence : discourse.sentences()) {
      if (sentence.start() > quote.start()) {
        break;
      }
      if (discourse.paragraphBreakBetween(sentence.start(), quote.start())) {
        continue;
      }
      for (Mention m : outsideQuotes(discourse, sentence)) {
        if (m.resolved().kind() == Mention.Kind.PERSON) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }
}
