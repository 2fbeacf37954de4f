package org.sitrep.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.annotate.Word;

/*
 * Design note. News prose is written so that "he" means the person the paragraph is about: the
 * subject of the clause or of the sentence before. Without a full coreference model (CoreNLP's
 * needs the dependency parse of every sentence, which costs more than the whole pipeline), the
 * resolver approximates the subject: person mentions that are not the object of a preposition
 * ("to Trump") and not a possessive ("Trump's calls"). In the pronoun's own sentence the nearest
 * such person before it wins ("Putin sent a message to Trump in which he showed"); otherwise the
 * first such person of the nearest earlier sentence that has one, up to two sentences back
 * ("Zelenskyy described the call with Trump. He also urged..."), not counting a sentence whose
 * subject is told by age ("The 50-year-old said"). A mention followed by its verb
 * is a subject even after a conjunction tagged as preposition ("after Putin sent"). Inside a
 * quote "he" is never the quote's speaker, who would say "I": those pronouns are resolved once
 * quotes are attributed.
 */

/**
 * Resolves third-person pronouns (he, she, him) to the person they refer to.
 *
 * <pre>{@code PronounResolver.resolve(discourse)}</pre>
 */
final class PronounResolver {
  private static final int LOOK_BACK = 2;
  private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");
  private static final java.util.regex.Pattern AGED =
      java.util.regex.Pattern.compile("(?i)the\\d+-year-old");
  private static final Set<String> OBJECT_FORMS = Set.of("him", "her", "it", "them");

  private PronounResolver() {}

  /** Resolves the pronouns outside quotes. */
  static void resolve(DiscourseDraft discourse) {
    resolve(discourse, false, pronoun -> Optional.empty());
  }

  /** Resolves the pronouns inside quotes, never to the speaker of their quote. */
  static void resolveInQuotes(
      DiscourseDraft discourse, Function<Mention, Optional<Mention>> speakerOf) {
    resolve(discourse, true, speakerOf);
  }

  private static void resolve(
      DiscourseDraft discourse, boolean inQuotes, Function<Mention, Optional<Mention>> speakerOf) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention mention : discourse.mentions(s)) {
        boolean third = mention.kind() == Mention.Kind.PRONOUN || mention.kind() == Mention.Kind.IT;
        // a speaker's "it" is mostly no actor ("it's wrong to", "I'm not against it")
        boolean quotedIt = mention.kind() == Mention.Kind.IT && discourse.inQuote(mention);
        if (third && !quotedIt && discourse.inQuote(mention) == inQuotes) {
          Optional<Mention> speaker = speakerOf.apply(mention).map(Mention::resolved);
          antecedent(discourse, mention, speaker)
              .ifPresent(a -> discourse.replace(mention, mention.resolvedTo(a)));
        }
      }
    }
  }

  private static Optional<Mention> antecedent(
      DiscourseDraft discourse, Mention pronoun, Optional<Mention> speaker) {
    List<Mention> own = discourse.mentions(pronoun.sentence());
    if (isNamingClause(discourse, pronoun)) {
      // "Hezbollah held Israel responsible for what it called an aggression": the namer is the
      // clause's subject, not the nearest actor
      for (Mention m : own) {
        if (m.end() <= pronoun.start()
            && fits(pronoun, m)
            && !isModifier(discourse, m)
            && isSubjectLike(discourse, m)) {
          return Optional.of(m);
        }
      }
    }
    Mention fallback = null;
    for (int k = own.size() - 1; k >= 0; k--) {
      Mention m = own.get(k);
      if (m.end() > pronoun.start()
          || !fits(pronoun, m)
          || isModifier(discourse, m)
          || isSpeaker(m, speaker)
          || isOwnSubject(discourse, m, pronoun)) {
        continue;
      }
      if (isSubjectLike(discourse, m)) {
        return Optional.of(m);
      }
      if (fallback == null) {
        fallback = m;
      }
    }
    int lookBack = pronoun.kind() == Mention.Kind.IT ? 1 : LOOK_BACK;
    int stop = pronoun.sentence() - lookBack;
    for (int s = pronoun.sentence() - 1; s >= Math.max(0, stop); s--) {
      if (pronoun.kind() == Mention.Kind.PRONOUN && isAgedSubject(discourse, s)) {
        // "The 50-year-old said ...": the person the paragraph is about, told by age; look past
        stop--;
      }
      Mention first = null;
      for (Mention m : discourse.mentions(s)) {
        if (!fits(pronoun, m) || discourse.inQuote(m) || isSpeaker(m, speaker)) {
          continue;
        }
        if (isSubjectLike(discourse, m)) {
          return Optional.of(m);
        }
        if (first == null) {
          first = m;
        }
      }
      if (first != null) {
        return Optional.of(first);
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** Whether sentence {@code s} opens with a person told by age: "The 50-year-old said". */
  private static boolean isAgedSubject(DiscourseDraft discourse, int s) {
    List<Word> words = discourse.sentences().get(s).words();
    // the tokenizer splits "50-year-old" into five tokens
    StringBuilder opening = new StringBuilder();
    for (int k = 0; k < Math.min(6, words.size()); k++) {
      opening.append(words.get(k).text());
    }
    return AGED.matcher(opening).lookingAt();
  }

  /**
   * "The ministry called it a bad day", "Trump praised him": the object of a verb is never the
   * verb's own subject, which would be "itself", "himself".
   */
  private static boolean isOwnSubject(DiscourseDraft discourse, Mention m, Mention pronoun) {
    List<Word> words = discourse.sentences().get(m.sentence()).words();
    String form = words.get(pronoun.start()).text().toLowerCase(java.util.Locale.ROOT);
    if (!OBJECT_FORMS.contains(form) || followedByVerb(words, pronoun.end())) {
      // a subject ("Trump said he would", "the ministry said it had") or a possessive ("its")
      return false;
    }
    boolean verb = false;
    for (int k = m.end(); k < pronoun.start(); k++) {
      String tag = words.get(k).tag();
      if (tag.startsWith("VB")) {
        verb = true;
      } else if (!tag.startsWith("RB") && !tag.equals("MD")) {
        return false;
      }
    }
    return verb;
  }

  private static final Set<String> NAMING = Set.of("called", "described", "termed", "dubbed");

  /** "what it called", "what he described as". */
  private static boolean isNamingClause(DiscourseDraft discourse, Mention pronoun) {
    List<Word> words = discourse.sentences().get(pronoun.sentence()).words();
    return pronoun.start() > 0
        && pronoun.end() < words.size()
        && words.get(pronoun.start() - 1).text().equalsIgnoreCase("what")
        && NAMING.contains(words.get(pronoun.end()).text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "the Palestinian group Hamas", "Israeli strikes", "12 Algerian consular officials": a word that
   * qualifies a noun is no referent.
   */
  private static boolean isModifier(DiscourseDraft discourse, Mention m) {
    List<Word> words = discourse.sentences().get(m.sentence()).words();
    return m.end() < words.size()
        && words.get(m.end()).tag().matches("NNS?|JJ")
        && words.get(m.end() - 1).tag().equals("JJ");
  }

  private static boolean isSpeaker(Mention m, Optional<Mention> speaker) {
    if (speaker.isEmpty()) {
      return false;
    }
    Mention r = m.resolved();
    Mention sp = speaker.get();
    return (r.sentence() == sp.sentence() && r.start() == sp.start())
        || (r.code().isPresent() && r.code().equals(sp.code()) && r.text().endsWith(lastWord(sp)));
  }

  private static String lastWord(Mention m) {
    return m.words().get(m.words().size() - 1);
  }

  /** "he" wants a person; "it" a coded state or group that is not a person. */
  private static boolean fits(Mention pronoun, Mention m) {
    if (pronoun.kind() == Mention.Kind.IT) {
      Mention r = m.resolved();
      return r.kind() == Mention.Kind.GROUP && r.hasActorCode();
    }
    return isPerson(m);
  }

  private static boolean isPerson(Mention m) {
    Mention resolved = m.resolved();
    return resolved.kind() == Mention.Kind.PERSON;
  }

  private static boolean isSubjectLike(DiscourseDraft discourse, Mention m) {
    List<Word> words = discourse.sentences().get(m.sentence()).words();
    boolean afterPreposition =
        m.start() > 0 && PREPOSITIONS.contains(words.get(m.start() - 1).tag());
    boolean possessive = m.end() < words.size() && words.get(m.end()).tag().equals("POS");
    return followedByVerb(words, m.end()) || (!afterPreposition && !possessive);
  }

  private static boolean followedByVerb(List<Word> words, int at) {
    int k = at;
    while (k < words.size() && words.get(k).tag().startsWith("RB")) {
      k++;
    }
    if (k >= words.size()) {
      return false;
    }
    String tag = words.get(k).tag();
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }
}
