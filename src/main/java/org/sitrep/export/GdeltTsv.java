package org.sitrep.export;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * Writes an {@link Event} as one line of a GDELT 2.0 Events file: the 61 tab-separated columns of
 * GDELT's Event Codebook V2.0, in its order, no header ({@link #COLUMNS} names them).
 *
 * <pre>{@code GdeltTsv.line(event, "https://example.org/story", LocalDate.of(2024, 11, 11))
 * // 4811632107530815562	20241110	202411	2024	2024.9315	RUSMIL	RUSSIA	RUS	...}</pre>
 *
 * <p>Where sitrep knows less than GDELT, or knows it differently (see docs/decisions.md):
 * NumMentions, NumSources and NumArticles are a stored event's counts (its mentions, distinct
 * outlets and articles), 1 for an event coded and not stored (one article's report); AvgTone is
 * empty (not measured); actor geography is empty (type 0); ActionGeo comes from the event's
 * location, with its ISO-3 country code (GDELT uses FIPS 10-4) and its GeoNames id as FeatureID;
 * IsRootEvent is 1 for the article's first three sentences (GDELT: the lead paragraph);
 * GlobalEventID is a hash of the event, stable across runs.
 */
public final class GdeltTsv {
  /** GDELT 2.0's Event columns, in file order. */
  public static final List<String> COLUMNS = columns();

  static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern BREAKS =
      Pattern.compile("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]");
  private static final int LEAD_SENTENCES = 3;

  private GdeltTsv() {}

  /**
   * The event as a GDELT line, without the line break. {@code sourceUrl} is the article's URL (or
   * any citation; empty if unknown), {@code added} the day the event entered our data (DATEADDED,
   * written as midnight).
   */
  public static String line(Event event, String sourceUrl, LocalDate added) {
    return line(event, sourceUrl, added, EventCoverage.single(Optional.empty()));
  }

  /**
   * A stored event as a GDELT line: as {@link #line(Event, String, LocalDate)}, with NumMentions,
   * NumSources and NumArticles from how widely it was reported.
   */
  public static String line(
      Event event, String sourceUrl, LocalDate added, EventCoverage coverage) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    LocalDate day = event.date();
    cells.add(Long.toString(globalEventId(event)));
    cells.add(day.format(DAY));
    cells.add(day.format(DAY).substring(0, 6));
    cells.add(Integer.toString(day.getYear()));
    cells.add(fractionDate(day));
    actor(cells, Optional.of(event.source()));
    actor(cells, event.target());
    cells.add(event.sentence() < LEAD_SENTENCES ? "1" : "0");
    String code = event.code().value();
    cells.add(code);
    cells.add(code.substring(0, Math.min(3, code.length())));
    cells.add(event.root());
    cells.add(event.quadClass().isPresent() ? Integer.toString(event.quadClass().getAsInt()) : "");
    cells.add(event.goldstein().isPresent() ? number(event.goldstein().getAsDouble()) : "");
    cells.add(Integer.toString(coverage.mentions())); // NumMentions
    cells.add(Integer.toString(coverage.sources())); // NumSources: distinct outlets
    cells.add(Integer.toString(coverage.articles())); // NumArticles
    cells.add(""); // AvgTone: not measured
    geo(cells, Optional.empty()); // Actor1Geo
    geo(cells, Optional.empty()); // Actor2Geo
    geo(cells, event.location()); // ActionGeo
    cells.add(added.format(DAY) + "000000");
    cells.add(sourceUrl);
    if (cells.size() != COLUMNS.size()) {
      throw new IllegalStateException(
          "GDELT line has " + cells.size() + " columns, expected " + COLUMNS.size());
    }
    return String.join("\t", cells.stream().map(GdeltTsv::clean).toList());
  }

  /**
   * A positive 63-bit id from (article, sentence, source, target, code): the same event gets the
   * same id on every run, so re-exports replace rows instead of duplicating them.
   */
  public static long globalEventId(Event event) {
    String key =
        String.join(
            "\u001F",
            event.article(),
            Integer.toString(event.sentence()),
            event.source().code().value(),
            event.target().map(a -> a.code().value()).orElse(""),
            event.code().value());
    long id = ByteBuffer.wrap(sha256(key)).getLong() & Long.MAX_VALUE;
    return id == 0 ? 1 : id;
  }

  private static void actor(List<String> cells, Optional<ActorRef> actor) {
    if (actor.isEmpty()) {
      for (int i = 0; i < 10; i++) {
        cells.add("");
      }
      return;
    }
    ActorAttributes parts = ActorAttributes.of(actor.get().code().value());
    cells.add(actor.get().code().value());
    // GDELT's names are the actor's, upper case (VLADIMIR PUTIN), not the words that named it
    cells.add(actor.get().name().toUpperCase(Locale.ROOT));
    cells.add(parts.country());
    cells.add(parts.knownGroup());
    cells.add(parts.ethnic());
    cells.add(parts.religion1());
    cells.add(parts.religion2());
    cells.add(parts.type1());
    cells.add(parts.type2());
    cells.add(parts.type3());
  }

  private static void geo(List<String> cells, Optional<Location> place) {
    if (place.isEmpty()) {
      cells.addAll(List.of("0", "", "", "", "", "", "", ""));
      return;
    }
    Location at = place.get();
    cells.add(Integer.toString(geoType(at)));
    cells.add(at.name());
    cells.add(at.country());
    cells.add(""); // ADM1Code: FIPS admin codes are not in our gazetteer
    cells.add(""); // ADM2Code
    cells.add(number(at.lat()));
    cells.add(number(at.lon()));
    cells.add(at.geonamesId() > 0 ? Long.toString(at.geonamesId()) : "");
  }

  /**
   * GDELT's resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. GDELT has no
   * type for regions and seas; they come out as 4 with an empty country where they lie in none.
   */
  private static int geoType(Location at) {
    boolean us = "USA".equals(at.country());
    return switch (at.type()) {
      case COUNTRY -> 1;
      case DIVISION -> us ? 2 : 5;
      default -> us ? 3 : 4;
    };
  }

  /** GDELT's documented approximation: YEAR + (MONTH * 30 + DAY) / 365, four decimals. */
  static String fractionDate(LocalDate day) {
    double fraction = (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", day.getYear() + fraction);
  }

  /** A number as GDELT writes it: no trailing zeros, no exponent ({@code -10}, {@code 2.8}). */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A cell with its tabs and line breaks made spaces, so it cannot split a row. */
  static String clean(String cell) {
    return BREAKS.matcher(cell).replaceAll(" ");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static List<String> columns() {
    List<String> names =
        new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        names.add(actor + field);
      }
    }
    names.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        names.add(geo + field);
      }
    }
    names.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(names);
  }
}
