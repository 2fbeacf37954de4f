package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which events a query asks for; every part is optional and the parts combine with AND.
 *
 * <ul>
 *   <li>{@code actor}: a CAMEO code prefix on either side ({@code RUS} matches RUSMIL and RUSGOV);
 *       {@code source} and {@code target} ask for one side, both together for a dyad;
 *   <li>{@code country}: a CAMEO country of either actor or of the event's place;
 *   <li>{@code code}: a CAMEO event code prefix; {@code root}: its two-digit root; {@code quad}:
 *       1-4;
 *   <li>{@code from}, {@code to}: event dates, both inclusive; {@code outlet}: an outlet that
 *       reported it, exactly; {@code article}: an article id that reported it; {@code text}: words
 *       all found in one sentence that reported it;
 *   <li>{@code minSources}: reported by at least this many outlets; {@code contested}: whether its
 *       reports disagree (on a figure, a claimant or who did it to whom).
 * </ul>
 *
 * <pre>{@code EventFilter.of(Map.of("actor", "RUS", "root", "19", "from", "2024-11-01"))}</pre>
 */
public record EventFilter(
    Optional<String> actor,
    Optional<String> source,
    Optional<String> target,
    Optional<String> country,
    Optional<String> code,
    Optional<String> root,
    OptionalInt quad,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> outlet,
    Optional<String> article,
    Optional<String> text,
    OptionalInt minSources,
    Optional<Boolean> contested) {

  /** The names {@link #of} accepts, as the API and CLI spell them. */
  public static final Set<String> KEYS =
      Set.of(
          "actor",
          "source",
          "target",
          "country",
          "code",
          "root",
          "quad",
          "from",
          "to",
          "outlet",
          "article",
          "q",
          "min_sources",
          "contested");

  static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,30}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE = Pattern.compile("[0-9]{1,4}");
  private static final Pattern ROOT = Pattern.compile("[0-9]{2}");

  public EventFilter {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(quad, "quad");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(minSources, "minSources");
    Objects.requireNonNull(contested, "contested");
  }

  public static final EventFilter ALL = of(Map.of());

  /**
   * A filter from named values (blank values are ignored; {@code q} is the free text).
   *
   * @throws IllegalArgumentException naming the first key or value that is not valid
   */
  public static EventFilter of(Map<String, String> values) {
    FilterValues given = new FilterValues(values, KEYS);
    return new EventFilter(
        matching(given, "actor", ACTOR, "a CAMEO actor code or prefix such as RUS or USAGOV"),
        matching(given, "source", ACTOR, "a CAMEO actor code or prefix"),
        matching(given, "target", ACTOR, "a CAMEO actor code or prefix"),
        matching(given, "country", COUNTRY, "a three-letter CAMEO country such as UKR"),
        matching(given, "code", CODE, "a CAMEO event code or prefix such as 19 or 042"),
        matching(given, "root", ROOT, "a two-digit CAMEO root such as 19"),
        quad(given.get("quad")),
        given.date("from"),
        given.date("to"),
        given.text("outlet"),
        given.text("article"),
        given.text("q"),
        minSources(given.get("min_sources")),
        contested(given.get("contested")));
  }

  private static OptionalInt minSources(@Nullable String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (!value.matches("[0-9]{1,6}")) {
      throw new IllegalArgumentException(
          "min_sources must be a whole number of outlets such as 2: " + value);
    }
    return OptionalInt.of(Integer.parseInt(value));
  }

  private static Optional<Boolean> contested(@Nullable String value) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw new IllegalArgumentException("contested must be true or false: " + value);
    };
  }

  /** The value of {@code key} upper-cased, if given; an error unless it matches {@code pattern}. */
  static Optional<String> matching(
      FilterValues given, String key, Pattern pattern, String expected) {
    String value = given.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!pattern.matcher(upper).matches()) {
      throw new IllegalArgumentException(key + " must be " + expected + ": " + value);
    }
    return Optional.of(upper);
  }

  private static OptionalInt quad(@Nullable String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (!value.matches("[1-4]")) {
      throw new IllegalArgumentException("quad must be 1, 2, 3 or 4: " + value);
    }
    return OptionalInt.of(Integer.parseInt(value));
  }
}
