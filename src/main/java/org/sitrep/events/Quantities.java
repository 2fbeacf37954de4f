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
 * money take their currency as unit; counts take the noun they count. Years, durations, ordinals
 * and percentages are not quantities of an event.
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
          "month", "months", "year", "years", "decade", "decades", "percent", "%");

  private Quantities() {}

  public static Optional<Quantity> of(AnnotatedSentence sentence, int verb) {
    if (verb < 0) {
      return Optional.empty();
    }
    List<Amount> amounts = amounts(sentence);
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
      if (word.number().isEmpty() || !(ner.equals("NUMBER") || ner.equals("MONEY"))) {
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
    String normalized = words.get(start).number().orElseThrow();
    String text;
    String unit;
    double value;
    try {
      if (words.get(start).ner().equals("MONEY")) {
        String symbol = normalized.substring(0, 1);
        unit = CURRENCIES.getOrDefault(symbol, symbol);
        value = Double.parseDouble(normalized.substring(1));
        text = span(sentence, start, end);
      } else {
        value = Double.parseDouble(normalized);
        if (end >= words.size()
            || !words.get(end).tag().startsWith("NN")
            || TIME_UNITS.contains(words.get(end).text().toLowerCase(java.util.Locale.ROOT))) {
          return Optional.empty();
        }
        unit = words.get(end).text();
        text = span(sentence, start, end + 1);
        end++;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
    if (value < 0) {
      return Optional.empty();
    }
    return Optional.of(new Amount(start, end, new Quantity(value, unit, text)));
  }

  private static String span(AnnotatedSentence sentence, int from, int to) {
    int a = sentence.words().get(from).start() - sentence.start();
    int b = sentence.words().get(to - 1).end() - sentence.start();
    return sentence.text().substring(Math.max(0, a), Math.min(sentence.text().length(), b));
  }
}
