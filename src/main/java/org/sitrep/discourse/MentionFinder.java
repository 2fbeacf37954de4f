package org.sitrep.discourse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.dictionaries.ActorCoder;

/**
 * Finds the mentions of one sentence, left to right: the longest dictionary actor phrase at each
 * word (extended over a following person name, so "Kremlin spokesman Dmitry Peskov" is one
 * mention), names CoreNLP tagged PERSON or ORGANIZATION that no dictionary knows, and pronouns.
 *
 * <pre>{@code new MentionFinder(actorCoder).find(sentence, date)}</pre>
 */
public final class MentionFinder {
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "his", "her");
  private static final Set<String> IT = Set.of("it", "its");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");

  private final ActorCoder actors;

  public MentionFinder(ActorCoder actors) {
    this.actors = actors;
  }

  /** "it", "he", "we": the kind of reference a personal pronoun makes, if it is one we resolve. */
  private static Optional<Mention.Kind> pronounKind(Word word) {
    // "US" in capitals is the country even where the tagger reads it as "us"
    if (!word.tag().equals("PRP") && !word.tag().equals("PRP$") || word.text().equals("US")) {
      return Optional.empty();
    }
    String lower = word.text().toLowerCase(Locale.ROOT);
    if (IT.contains(lower)) {
      return Optional.of(Mention.Kind.IT);
    }
    if (THIRD_PERSON.contains(lower)) {
      return Optional.of(Mention.Kind.PRONOUN);
    }
    return FIRST_PERSON.contains(lower) ? Optional.of(Mention.Kind.FIRST_PERSON) : Optional.empty();
  }

  public List<Mention> find(AnnotatedSentence sentence, LocalDate date) {
    List<Word> words = sentence.words();
    List<String> upper = words.stream().map(w -> w.text().toUpperCase(Locale.ROOT)).toList();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word word = words.get(i);
      Optional<Mention.Kind> pronoun = pronounKind(word);
      if (pronoun.isPresent()) {
        out.add(
            new Mention(
                sentence.index(),
                i,
                i + 1,
                List.of(word.text()),
                Optional.empty(),
                pronoun.get(),
                Optional.empty()));
        i++;
        continue;
      }
      int title = descriptionTitle(words, i);
      if (title > i) {
        out.add(description(sentence, i, title, date));
        i = title + 1;
        continue;
      }
      int end = phraseEnd(words, upper, i);
      if (end > i) {
        List<String> phrase = texts(words, i, end);
        // "the Ukrainian president", "Kremlin spokesman": a title names a person too
        boolean person =
            hasPerson(words, i, end)
                || TITLES.contains(words.get(end - 1).text().toLowerCase(java.util.Locale.ROOT));
        out.add(
            new Mention(
                sentence.index(),
                i,
                end,
                phrase,
                isPlaceNamedPerson(words, upper, i, end, date)
                    ? Optional.empty()
                    : actors.code(codeWords(words, upper, i, end), date),
                person ? Mention.Kind.PERSON : Mention.Kind.GROUP,
                Optional.empty()));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "the Republican leader": a description after "the" at {@code the}, its title at {@code title},
   * resolved to a person later (NameResolver); "the Ukrainian president" names its person (UKRGOV)
   * at once.
   */
  private Mention description(AnnotatedSentence sentence, int the, int title, LocalDate date) {
    List<String> phrase = texts(sentence.words(), the + 1, title + 1);
    Optional<String> code = actors.code(phrase, date);
    return new Mention(
        sentence.index(),
        the + 1,
        title + 1,
        phrase,
        code,
        Mention.namesActor(code) ? Mention.Kind.PERSON : Mention.Kind.GROUP,
        Optional.empty());
  }

  /** End of the mention starting at {@code i}, or {@code i} when none starts there. */
  private int phraseEnd(List<Word> words, List<String> upper, int i) {
    boolean named = isName(words.get(i));
    // "the Post", "the Kremlin": a dictionary phrase may start with its article
    boolean article = words.get(i).tag().equals("DT") && actors.phraseEnd(upper, i) > i + 1;
    boolean actor =
        !named && actors.namesActorOrAgentAt(upper, i) && (isNominal(words.get(i)) || article);
    if (!named && !actor) {
      return i;
    }
    int end = i + 1;
    // extend over adjacent nominal words: titles, agents, the name itself
    end = Math.max(end, Math.min(words.size(), actors.phraseEnd(upper, i)));
    while (end < words.size()) {
      if (isName(words.get(end)) || continuesPhrase(words, upper, end)) {
        end = Math.max(end + 1, Math.min(words.size(), actors.phraseEnd(upper, end)));
      } else if (end + 1 < words.size()
          && isJoiner(words.get(end))
          && isNominal(words.get(end + 1))
          && (isName(words.get(end + 1)) || continuesPhrase(words, upper, end + 1))) {
        // "Ukraine's air force", "Frank-Walter Steinmeier": one mention
        end = Math.max(end + 2, Math.min(words.size(), actors.phraseEnd(upper, end + 1)));
      } else {
        // "Thailand's acting prime minister", "Russia's former defence minister": one mention
        int role = roleAfterModifiers(words, upper, afterPossessive(words, end));
        if (role < 0) {
          break;
        }
        end = Math.max(role + 1, Math.min(words.size(), actors.phraseEnd(upper, role)));
      }
    }
    return end;
  }

  /**
   * Where a role word starts after one or two adjectives at {@code k} ("acting prime minister",
   * "newly appointed envoy"), or -1.
   */
  private int roleAfterModifiers(List<Word> words, List<String> upper, int k) {
    for (int j = k; j < Math.min(words.size() - 1, k + 2); j++) {
      if (!MODIFIER_TAGS.contains(words.get(j).tag())) {
        return -1;
      }
      Word next = words.get(j + 1);
      if (isNominal(next)
          && actors.namesActorOrAgentAt(upper, j + 1)
          && !actors.namesActorAt(upper, j + 1)) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * The word after a possessive at {@code k}, or {@code k}; not across a hyphen ("Iran-backed").
   */
  private static int afterPossessive(List<Word> words, int k) {
    return words.get(k).tag().equals("POS") ? k + 1 : k;
  }

  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "VBG", "VBN", "RB", "NN");

  private boolean continuesPhrase(List<Word> words, List<String> upper, int k) {
    Word word = words.get(k);
    return isNominal(word)
        && (word.tag().startsWith("NNP") || actors.namesActorOrAgentAt(upper, k));
  }

  private static final Set<String> TITLES =
      Set.of(
          "president",
          "leader",
          "premier",
          "minister",
          "chancellor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary",
          "commander",
          "envoy",
          "ambassador",
          "king",
          "emir",
          "prince");

  /**
   * The index of the title ending a description that starts with "the" at {@code i} ("the
   * Republican leader", "the former president"), or -1: only adjectives may stand between, and no
   * name may follow (then the title is part of the name: "the President Joe Biden").
   */
  private static int descriptionTitle(List<Word> words, int i) {
    if (!words.get(i).text().equalsIgnoreCase("the")) {
      return -1;
    }
    for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
      Word w = words.get(k);
      if (TITLES.contains(w.text().toLowerCase(java.util.Locale.ROOT))
          && w.tag().startsWith("NN")) {
        boolean named = k + 1 < words.size() && words.get(k + 1).tag().startsWith("NNP");
        boolean of = k + 1 < words.size() && words.get(k + 1).text().equalsIgnoreCase("of");
        return named || of ? -1 : k;
      }
      if (!(w.tag().startsWith("JJ") || w.tag().equals("NNP"))) {
        return -1;
      }
    }
    return -1;
  }

  /** A possessive or a hyphen that joins two parts of one name or phrase. */
  private static boolean isJoiner(Word word) {
    return word.tag().equals("POS") || word.tag().equals("HYPH");
  }

  /**
   * The words the dictionaries see: the phrase without its first possessive, as the coder does; but
   * when the phrase ends with an actor named after the possessive, that is who the phrase names
   * ("Biden's national security adviser Jake Sullivan" is Sullivan, "Russia's FSB" the FSB). An
   * actor inside the phrase, or after a preposition, only qualifies it: "Russia's UN ambassador"
   * and "Russia's mission to the UN" are Russia's.
   */
  private List<String> codeWords(List<Word> words, List<String> upper, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.get(k).tag().equals("POS")) {
        for (int j = k + 1; j < to; j++) {
          if (words.get(j).tag().equals("IN") || words.get(j).tag().equals("TO")) {
            break;
          }
          if (actors.namesActorAt(upper, j) && actors.actorEnd(upper, j) == to) {
            return texts(words, k + 1, to);
          }
        }
        break;
      }
    }
    return withoutFirstPossessive(words, from, to);
  }

  private static List<String> withoutFirstPossessive(List<Word> words, int from, int to) {
    List<String> out = new ArrayList<>();
    boolean dropped = false;
    for (int k = from; k < to; k++) {
      if (!dropped && words.get(k).tag().equals("POS")) {
        dropped = true;
      } else {
        out.add(words.get(k).text());
      }
    }
    return out;
  }

  /**
   * "Milan Đurić", "Jordan Peterson": a person's name whose first word alone is a place the
   * dictionary knows (Milan, Italy) names the person, not the place's country.
   */
  private boolean isPlaceNamedPerson(
      List<Word> words, List<String> upper, int from, int to, LocalDate date) {
    if (to - from < 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!words.get(k).ner().equals("PERSON")) {
        return false;
      }
    }
    int known = actors.actorEnd(upper, from);
    return known > from
        && known < to
        && actors
            .code(upper.subList(from, known), date)
            .map(String::length)
            .filter(n -> n == 3)
            .isPresent();
  }

  private static boolean isName(Word word) {
    return (word.ner().equals("PERSON") || word.ner().equals("ORGANIZATION"))
        && word.tag().startsWith("NN");
  }

  private static boolean isNominal(Word word) {
    return word.tag().startsWith("NN") || word.tag().equals("JJ");
  }

  private static boolean hasPerson(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.get(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(List<Word> words, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      out.add(words.get(k).text());
    }
    return out;
  }
}
