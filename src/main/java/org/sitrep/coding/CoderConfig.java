package org.sitrep.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options PETRARCH lets a validation file set mid-way with {@code <Config option value>}.
 *
 * <pre>{@code CoderConfig.DEFAULT.with("require_dyad", "false")}</pre>
 *
 * @param requireDyad code only events with both a source and a target
 * @param newActorLength if above 0, a noun phrase of at most this many words with no known actor
 *     becomes the unknown actor {@code ---}; 0 turns this off
 * @param commaMin a comma-delimited clause with fewer words than this is never dropped
 * @param commaMax ... nor one with more than this (0 turns clause dropping off)
 * @param commaBmin like commaMin for clauses at the start of the sentence
 * @param commaBmax like commaMax for clauses at the start of the sentence
 * @param commaEmin like commaMin for clauses at the end of the sentence
 * @param commaEmax like commaMax for clauses at the end of the sentence
 * @param nestedVerbs when a verb phrase with a dictionary verb yields no event, still code the verb
 *     phrases inside it (PETRARCH does not: "wants to end the war as he spoke to Putin")
 */
public record CoderConfig(
    boolean requireDyad,
    int newActorLength,
    int commaMin,
    int commaMax,
    int commaBmin,
    int commaBmax,
    int commaEmin,
    int commaEmax,
    boolean nestedVerbs) {

  /** PETRARCH's shipped defaults (PETR_config.ini). */
  public static final CoderConfig DEFAULT = new CoderConfig(true, 0, 2, 8, 0, 0, 2, 8, false);

  /**
   * For news articles: no comma clause is dropped, since PETRARCH's defaults drop a short clause
   * after the last comma or between two, which in news prose is often the main clause ("According
   * to Kyiv, Russia attacked Ukraine, officials said."); and verbs nested in a verb phrase that
   * coded nothing are coded.
   */
  public static final CoderConfig NEWS = new CoderConfig(false, 0, 0, 0, 0, 0, 0, 0, true);

  /** This configuration with one option changed; unknown options and bad values throw. */
  public CoderConfig with(String option, String value) {
    String key = option.strip().toLowerCase(Locale.ROOT);
    if (key.equals("require_dyad")) {
      return new CoderConfig(
          bool(key, value),
          newActorLength,
          commaMin,
          commaMax,
          commaBmin,
          commaBmax,
          commaEmin,
          commaEmax,
          nestedVerbs);
    }
    if (IGNORED.contains(key)) {
      return this;
    }
    int[] n = {newActorLength, commaMin, commaMax, commaBmin, commaBmax, commaEmin, commaEmax};
    int at = NUMBERS.indexOf(key);
    if (at < 0) {
      throw new IllegalArgumentException(
          "unknown option '"
              + option
              + "'; expected one of require_dyad, new_actor_length, "
              + "comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax, stop_on_error");
    }
    n[at] = number(key, value);
    return new CoderConfig(requireDyad, n[0], n[1], n[2], n[3], n[4], n[5], n[6], nestedVerbs);
  }

  // the numeric options in the order of the record's components after requireDyad
  private static final List<String> NUMBERS =
      List.of(
          "new_actor_length",
          "comma_min",
          "comma_max",
          "comma_bmin",
          "comma_bmax",
          "comma_emin",
          "comma_emax");
  // PETRARCH options about its own output, which sitrep reads and leaves alone
  private static final Set<String> IGNORED =
      Set.of("stop_on_error", "write_actor_root", "write_actor_text", "write_event_text");

  private static boolean bool(String key, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return true;
    } else if (v.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException(key + " expects true or false, found '" + value + "'");
  }

  private static int number(String key, String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 0) {
        throw new IllegalArgumentException(key + " must not be negative: " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " expects a whole number, found '" + value + "'", e);
    }
  }
}
