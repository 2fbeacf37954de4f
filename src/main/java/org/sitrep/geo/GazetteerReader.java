package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/*
 * Reads the resource geo/build.mjs writes: gzipped UTF-8 text in three counted sections,
 * "#admin1 N", "#countries N", "#places N", after the header "#sitrep-gazetteer 1". Lists in a
 * field are separated by '|'. Places come most populous first, so each name's candidates are
 * appended in the order lookups return them. Repeated strings (feature codes, countries, admin1
 * names) are shared through small maps: the 200k places then cost little more than their names.
 */
final class GazetteerReader {
  static final String HEADER = "#sitrep-gazetteer 1";

  private final String source;
  private final BufferedReader in;
  private int line;
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, String> iso2ByIso3 = new HashMap<>();
  private final Map<String, String> shared = new HashMap<>();

  private GazetteerReader(String source, InputStream in) throws IOException {
    this.source = source;
    this.in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
  }

  /** Reads the whole resource; {@code source} names it in error messages. */
  static Gazetteer read(String source, InputStream in) {
    try (in) {
      return new GazetteerReader(source, in).read();
    } catch (ZipException e) {
      throw new GazetteerException(
          "gazetteer resource " + source + " is corrupt: not gzip data (" + e.getMessage() + ")",
          e);
    } catch (IOException e) {
      throw new GazetteerException(
          "gazetteer resource " + source + " could not be read: " + e.getMessage(), e);
    }
  }

  private Gazetteer read() throws IOException {
    String header = next();
    if (!HEADER.equals(header)) {
      throw error("expected the header \"" + HEADER + "\", got \"" + abbreviate(header) + "\"");
    }
    section("admin1", fields -> admin1Names.put(fields[0], fields[1]), 2);
    List<Country> countries = new ArrayList<>();
    section("countries", fields -> countries.add(country(fields)), 9);
    Gazetteer.Builder builder = new Gazetteer.Builder(countries);
    section("places", fields -> builder.add(place(fields), names(fields)), 11);
    if (in.read() != -1) {
      throw error("expected the end of the resource after the places");
    }
    return builder.build();
  }

  private void section(String name, Consumer<String[]> row, int columns) throws IOException {
    String title = next();
    String prefix = "#" + name + " ";
    if (!title.startsWith(prefix)) {
      throw error("expected the section \"" + prefix + "N\", got \"" + abbreviate(title) + "\"");
    }
    int count = (int) number(title.substring(prefix.length()), "the row count of section " + name);
    for (int i = 0; i < count; i++) {
      String text = next();
      String[] fields = text.split("\t", -1);
      if (fields.length != columns) {
        throw error(
            "expected "
                + columns
                + " tab-separated fields in section "
                + name
                + ", got "
                + fields.length);
      }
      row.accept(fields);
    }
  }

  private Country country(String[] f) {
    iso2ByIso3.put(f[0], f[1]);
    return new Country(
        intern(f[0]),
        f[1],
        number(f[2], "a GeoNames id"),
        f[3],
        f[4],
        f[5],
        decimal(f[6], "a latitude"),
        decimal(f[7], "a longitude"),
        list(f[8]));
  }

  private Place place(String[] f) {
    String country = intern(f[5]);
    String admin1 = intern(f[6]);
    String admin1Name = admin1.isEmpty() ? "" : admin1Name(country, admin1);
    return new Place(
        number(f[0], "a GeoNames id"),
        f[1],
        f[2].equals(f[1]) ? f[1] : f[2],
        intern(f[3]),
        intern(f[4]),
        country,
        admin1,
        admin1Name,
        number(f[7], "a population"),
        decimal(f[8], "a latitude"),
        decimal(f[9], "a longitude"));
  }

  private String admin1Name(String iso3, String admin1) {
    String iso2 = iso2ByIso3.get(iso3);
    return iso2 == null ? "" : admin1Names.getOrDefault(iso2 + "." + admin1, "");
  }

  private static List<String> names(String[] f) {
    List<String> names = new ArrayList<>(4);
    names.add(f[1]);
    if (!f[2].equals(f[1])) {
      names.add(f[2]);
    }
    names.addAll(list(f[10]));
    return names;
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  private String intern(String s) {
    return shared.computeIfAbsent(s, k -> k);
  }

  private String next() throws IOException {
    String text = in.readLine();
    line++;
    if (text == null) {
      throw error("expected more lines: the resource ends early");
    }
    return text;
  }

  private long number(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error("expected " + what + " (an integer), got \"" + abbreviate(text) + "\"");
    }
  }

  private double decimal(String text, String what) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error("expected " + what + " (a number), got \"" + abbreviate(text) + "\"");
    }
  }

  private GazetteerException error(String message) {
    return new GazetteerException(
        "gazetteer resource " + source + ", line " + line + ": " + message);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
