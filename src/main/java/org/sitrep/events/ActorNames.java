package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.cameo.ActorCodeNames;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.ActorEntry;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;

/**
 * The canonical name of an event's actor, so that lists and exports say "Vladimir Putin" or "Russia
 * government" rather than whatever words happened to name it ("the Kremlin war machine").
 *
 * <pre>{@code names.ref(ActorCode.of("RUSGOV"), "Putin", date)  // name "Vladimir Putin"}</pre>
 *
 * <p>In order: a country is called by its country's name ("Moscow" and "Russian" coded RUS are
 * Russia, where the dictionaries' country entries begin with names such as RUSSIAN_SFSR); the actor
 * the words name in the dictionaries (Phoenix, or sitrep's overlay of current office-holders) is
 * called by its entry's first line, when that entry carries the event's code on its date; else the
 * code's name from the CAMEO tables; else the words, without a leading "the".
 */
public final class ActorNames {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*");
  private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "DE", "DU", "DA", "DER", "VON", "VAN");

  private final ActorCoder actors;
  private final ActorCodeNames codeNames = ActorCodeNames.bundled();

  public ActorNames(ActorCoder actors) {
    this.actors = actors;
  }

  /** The actor {@code code}, named in the article by {@code text}, on {@code date}. */
  public ActorRef ref(ActorCode code, String text, LocalDate date) {
    return new ActorRef(code, text, name(code, text, date));
  }

  String name(ActorCode code, String text, LocalDate date) {
    String value = code.value();
    Optional<String> country = value.length() == 3 ? codeNames.country(value) : Optional.empty();
    if (country.isPresent()) {
      return country.get();
    }
    Optional<ActorEntry> entry =
        actors
            .entry(words(text), date)
            .filter(e -> !e.primary().stemLast())
            .filter(e -> e.codeOn(date).filter(value::equals).isPresent());
    if (entry.isPresent()) {
      return cased(entry.get().primary().words(), text);
    }
    return codeNames.name(value).orElseGet(() -> withoutArticle(text));
  }

  /** The words as the coder reads them: "Russia's FSB" is RUSSIA 'S FSB. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = word.group();
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.endsWith("'s") || lower.endsWith("’s")) {
        words.add(w.substring(0, w.length() - 2));
        words.add(w.substring(w.length() - 2));
      } else {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The dictionary's upper-case words as the article spells them where it has them ("SBU", "Kyiv"),
   * else in title case with small words low ("Organization for the Prohibition of...") and short or
   * vowelless words, acronyms most likely, as they are (EU, FSB).
   */
  static String cased(List<String> dictionaryWords, String text) {
    // the coder's lower-cased words ("the eu") are no spelling to copy
    List<String> written = text.equals(text.toLowerCase(Locale.ROOT)) ? List.of() : words(text);
    StringBuilder name = new StringBuilder();
    for (String word : dictionaryWords) {
      String spelled =
          written.stream()
              .filter(w -> w.equalsIgnoreCase(word))
              .findFirst()
              .orElseGet(() -> titleCase(word, name.isEmpty()));
      name.append(name.isEmpty() ? "" : " ").append(spelled);
    }
    return name.toString();
  }

  private static String titleCase(String word, boolean first) {
    if (!first && SMALL_WORDS.contains(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    if (INITIALS.matcher(word).matches()
        || word.length() <= 2
        || word.chars().noneMatch(ActorNames::isVowel)) {
      return word; // U.S., V., EU, FSB
    }
    StringBuilder cased = new StringBuilder(word.length());
    boolean start = true;
    for (char c : word.toCharArray()) {
      cased.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return cased.toString();
  }

  private static boolean isVowel(int c) {
    return "AEIOUY".indexOf(Character.toUpperCase(c)) >= 0;
  }

  private static String withoutArticle(String text) {
    String stripped = text.strip();
    return stripped.regionMatches(true, 0, "the ", 0, 4) ? stripped.substring(4) : stripped;
  }
}
