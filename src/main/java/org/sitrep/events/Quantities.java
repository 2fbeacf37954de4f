package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Word;
import org.sitrep.model.Quantity;

/*
 * Design note. A quantity measures an event when it sits in the event's verb phrase: "firing 145
 * drones at Ukraine", "using the remaining $6 billion". So the nearest amount after the verb
 * (within a short window) wins, then one just before it ("34 drones were shot down"). Amounts of
 * money take their currency as unit, percentages "%" ("a 145% tariff"); counts take the noun they
 * count, written compactly ("20 living Israeli hostages" is "20 hostages") with the approximation
 * news gives ("more than 1,000 civilians", "at least 10 people"). Years, durations and ordinals
 * are not quantities of an event. An attack told away from its verb ("the strike, which he said
 * involved 90 missiles, hit 17 targets", "Putin said the strike...") has none near it; for a
 * material conflict event, the sentence's count of weapons is then its quantity.
 */

/**
 * Finds the amount an event involved in its sentence.
 *
 * <pre>{@code Quantities.of(sentence, verb)  // Optional[Quantity[145.0, drones, 145 drones]]}
 * </pre>
 */
public final class Quantities {
  private static final int AFTER = 8;
  private static final int BEFORE = 4;
  private static final Map<String, String> CURRENCIES =
      Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₽", "RUB", "₴", "UAH");
  private static final Set<String> TIME_UNITS =
      Set.of(
          "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
          "month", "months", "year", "years", "decade", "decades");

  private static final Set<String> FIGHTING = Set.of("18", "19", "20");
  private static final Set<String> WEAPONS =
      Set.of(
          "missile",
          "missiles",
          "drone",
          "drones",
          "rocket",
          "rockets",
          "shell",
          "shells",
          "bomb",
          "bombs",
          "projectile",
          "projectiles",
          "warhead",
          "warheads",
          "munition",
          "munitions");

  private Quantities() {}

  /** The amount near the event's verb, else for fighting (18-20) the sentence's weapon count. */
  public static Optional<Quantity> of(AnnotatedSentence sentence, int verb, String root) {
    List<Amount> amounts = amounts(sentence);
    Optional<Quantity> near = near(amounts, verb);
    if (near.isPresent() || !FIGHTING.contains(root)) {
      return near;
    }
    return amounts.stream()
        .map(Amount::quantity)
        .filter(q -> WEAPONS.contains(q.unit().toLowerCase(java.util.Locale.ROOT)))
        .findFirst();
  }

  public static Optional<Quantity> of(AnnotatedSentence sentence, int verb) {
    return near(amounts(sentence), verb);
  }

  private static Optional<Quantity> near(List<Amount> amounts, int verb) {
    if (verb < 0) {
      return Optional.empty();
    }
    for (Amount a : amounts) {
      if (a.start() > verb && a.start() - verb <= AFTER) {
        return Optional.of(a.quantity());
      }
    }
    for (int k = amounts.size() - 1; k >= 0; k--) {
      Amount a = amounts.get(k);
      if (a.end() <= verb && verb - a.end() < BEFORE) {
        return Optional.of(a.quantity());
      }
    }
    return Optional.empty();
  }

  private record Amount(int start, int end, Quantity quantity) {}

  private static List<Amount> amounts(AnnotatedSentence sentence) {
    List<Word> words = sentence.words();
    List<Amount> out = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      Word word = words.get(k);
      String ner = word.ner();
      if (word.number().isEmpty()
          || !(ner.equals("NUMBER") || ner.equals("MONEY") || ner.equals("PERCENT"))) {
        k++;
        continue;
      }
      int end = k + 1;
      while (end < words.size()
          && words.get(end).ner().equals(ner)
          && words.get(end).number().equals(word.number())) {
        end++;
      }
      amount(sentence, k, end).ifPresent(out::add);
      k = end;
    }
    return out;
  }

  private static Optional<Amount> amount(AnnotatedSentence sentence, int start, int end) {
    List<Word> words = sentence.words();
    // CoreNLP marks "more than 1,000" as ">1000.0", "at least 10" ">=10.0", "about 100" "~100.0"
    String marked = words.get(start).number().orElseThrow();
    String normalized = marked.replaceFirst("^[<>=~]+", "");
    int from = normalized.length() < marked.length() ? approximatorStart(words, start) : start;
    String text;
    String unit;
    double value;
    try {
      String ner = words.get(start).ner();
      if (ner.equals("MONEY")) {
        String symbol = normalized.substring(0, 1);
        unit = CURRENCIES.getOrDefault(symbol, symbol);
        value = Double.parseDouble(normalized.substring(1));
        text = span(sentence, from, end);
      } else if (ner.equals("PERCENT")) {
        // "a 145% tariff"
        value = Double.parseDouble(normalized.replace("%", ""));
        unit = "%";
        text = span(sentence, from, end).replace(" %", "%");
      } else {
        value = Double.parseDouble(normalized);
        int noun = countedNoun(words, end);
        if (noun < 0) {
          return Optional.empty();
        }
        unit = words.get(noun).text();
        // "20 living Israeli hostages" is "20 hostages": the count and what it counts
        text = span(sentence, from, end) + " " + unit;
        end = noun + 1;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
    if (value < 0) {
      return Optional.empty();
    }
    return Optional.of(new Amount(from, end, new Quantity(value, unit, text)));
  }

  /** The noun a count counts, right after it or after one or two adjectives; -1 if none. */
  private static int countedNoun(List<Word> words, int end) {
    for (int k = end; k < Math.min(words.size(), end + 3); k++) {
      Word w = words.get(k);
      if (w.tag().startsWith("NN")) {
        boolean time = TIME_UNITS.contains(w.text().toLowerCase(java.util.Locale.ROOT));
        return time || w.tag().startsWith("NNP") && !w.tag().equals("NNPS") ? -1 : k;
      }
      if (!(w.tag().startsWith("JJ") || w.tag().equals("VBG") || w.tag().equals("VBN"))) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> APPROXIMATORS =
      Set.of(
          "more",
          "than",
          "at",
          "least",
          "most",
          "about",
          "some",
          "nearly",
          "almost",
          "over",
          "around",
          "roughly",
          "approximately",
          "up",
          "to",
          "fewer",
          "less",
          "under",
          "estimated");

  /** Where "more than", "at least", "about" begins before a marked number at {@code start}. */
  private static int approximatorStart(List<Word> words, int start) {
    int from = start;
    while (from > 0
        && start - from < 2
        && APPROXIMATORS.contains(words.get(from - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      from--;
    }
    return from;
  }

  private static String span(AnnotatedSentence sentence, int from, int to) {
    int a = sentence.words().get(from).start() - sentence.start();
    int b = sentence.words().get(to - 1).end() - sentence.start();
    return sentence.text().substring(Math.max(0, a), Math.min(sentence.text().length(), b));
  }
}
