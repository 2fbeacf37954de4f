package org.sitrep.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The named values a filter is built from (API query parameters, CLI options), checked once:
 * unknown names and malformed values are errors that say what was expected; blank values count as
 * not given.
 */
final class FilterValues {
  private static final int MAX_TEXT = 500;
  private final Map<String, String> given = new LinkedHashMap<>();

  FilterValues(Map<String, String> values, Set<String> keys) {
    values.forEach(
        (key, value) -> {
          if (!keys.contains(key)) {
            throw new IllegalArgumentException(
                "unknown filter '" + key + "': use one of " + new TreeSet<>(keys));
          }
          if (value != null && !value.isBlank()) {
            given.put(key, value.strip());
          }
        });
  }

  @Nullable String get(String key) {
    return given.get(key);
  }

  Optional<LocalDate> date(String key) {
    String value = given.get(key);
    if (value == null) {
      return Optional.empty();
    }
    // four-digit years only: "+10000-01-01" parses, but would compare wrongly as text
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException(key + " must be a date YYYY-MM-DD: " + value);
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be a date YYYY-MM-DD: " + value, e);
    }
  }

  Optional<String> text(String key) {
    String value = given.get(key);
    if (value != null && value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(key + " is longer than " + MAX_TEXT + " characters");
    }
    return Optional.ofNullable(value);
  }
}
