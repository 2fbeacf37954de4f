package org.sitrep.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.EventFilter;

/**
 * What a report is asked for: its period ({@code from}/{@code to}, or the {@code last} 24h or N
 * days) and, optionally, a country and an actor. The same parameters on the command line and at
 * {@code /report}.
 *
 * <pre>{@code ReportRequest.of(Map.of("last", "7d", "country", "UKR"))}</pre>
 */
public record ReportRequest(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    OptionalInt lastDays,
    Optional<String> country,
    Optional<String> actor) {

  /** The parameter names {@link #of} accepts. */
  public static final Set<String> KEYS = Set.of("from", "to", "last", "country", "actor");

  /** The period when none is asked for. */
  public static final int DEFAULT_DAYS = 7;

  private static final int MAX_DAYS = 3660;
  private static final Pattern LAST = Pattern.compile("([0-9]{1,5})([hd])");

  public ReportRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lastDays, "lastDays");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(actor, "actor");
    if (from.isPresent() && lastDays.isPresent()) {
      throw new IllegalArgumentException("give either from (with to) or last, not both");
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          "to must not be before from: " + from.get() + " > " + to.get());
    }
  }

  /**
   * A request from named values (blank ones ignored).
   *
   * @throws IllegalArgumentException naming the first unknown key or invalid value
   */
  public static ReportRequest of(Map<String, String> values) {
    Map<String, String> given = new HashMap<>();
    values.forEach(
        (key, value) -> {
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException(
                "unknown parameter " + key + " (known: from, to, last, country, actor)");
          }
          if (value != null && !value.isBlank()) {
            given.put(key, value.strip());
          }
        });
    // the event filter checks the country and actor as every other query does
    EventFilter checked = EventFilter.of(pick(given, "country", "actor"));
    return new ReportRequest(
        date(given.get("from"), "from"),
        date(given.get("to"), "to"),
        last(given.get("last")),
        checked.country(),
        checked.actor());
  }

  /** The events of {@code period} under the country and actor asked for. */
  public EventFilter filter(Period period) {
    Map<String, String> values = subject();
    values.put("from", period.from().toString());
    values.put("to", period.to().toString());
    return EventFilter.of(values);
  }

  /** Every event under the country and actor asked for, whatever its date. */
  public EventFilter subjectFilter() {
    return EventFilter.of(subject());
  }

  /** "country UKR, actor RUS", or empty for the whole store. */
  public String describeSubject() {
    StringBuilder text = new StringBuilder();
    country.ifPresent(c -> text.append("country ").append(c));
    actor.ifPresent(a -> text.append(text.length() > 0 ? ", " : "").append("actor ").append(a));
    return text.toString();
  }

  /** The request as URL parameters, for a link to the same report ({@code last=7d&country=UKR}). */
  public Map<String, String> parameters() {
    Map<String, String> values = subject();
    from.ifPresent(d -> values.put("from", d.toString()));
    to.ifPresent(d -> values.put("to", d.toString()));
    lastDays.ifPresent(d -> values.put("last", d + "d"));
    return values;
  }

  private Map<String, String> subject() {
    Map<String, String> values = new HashMap<>();
    country.ifPresent(c -> values.put("country", c));
    actor.ifPresent(a -> values.put("actor", a));
    return values;
  }

  private static Map<String, String> pick(Map<String, String> given, String... keys) {
    Map<String, String> picked = new HashMap<>();
    for (String key : keys) {
      if (given.containsKey(key)) {
        picked.put(key, given.get(key));
      }
    }
    return picked;
  }

  private static Optional<LocalDate> date(@Nullable String value, String key) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be a date YYYY-MM-DD: " + value, e);
    }
  }

  /** "24h" or "7d" as days: whole days only, since events are dated by day. */
  private static OptionalInt last(@Nullable String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    Matcher m = LAST.matcher(value.toLowerCase(Locale.ROOT));
    String problem = "last must be hours in whole days (24h, 48h) or days (7d, 30d): " + value;
    if (!m.matches()) {
      throw new IllegalArgumentException(problem);
    }
    int n = Integer.parseInt(m.group(1));
    if (m.group(2).equals("h")) {
      if (n % 24 != 0) {
        throw new IllegalArgumentException(problem);
      }
      n /= 24;
    }
    if (n < 1 || n > MAX_DAYS) {
      throw new IllegalArgumentException("last must be 1 to " + MAX_DAYS + " days: " + value);
    }
    return OptionalInt.of(n);
  }
}
