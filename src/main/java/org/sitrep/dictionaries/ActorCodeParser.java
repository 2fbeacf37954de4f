package org.sitrep.dictionaries;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor code blocks such as {@code [USA]}, {@code [AFGGOV 331108-730717]}, {@code [HOB <
 * 950601]} and {@code [HOBREB > 990816]}, possibly several on one line.
 *
 * <p>Dates are YYYYMMDD or YYMMDD. A two-digit year YY is 20YY when YY &lt;= 30 and 19YY otherwise:
 * that is the rule PETRARCH documents "for consistency with KEDS and TABARI", and the Phoenix files
 * agree with it: their six-digit dates use years 00-14 (2000-2014, the files date from 2014) and
 * 31-99 (e.g. {@code [AFGELI 320101-331108]} is Zahir Shah in 1932, {@code [AFGELI 730717-070723]}
 * runs 1973 to 2007), and never 15-30.
 *
 * <p>{@code -} ranges include both ends. {@code <D} means strictly before D and {@code >D} strictly
 * after, so the common pattern {@code [X <D]}, {@code [Y D-E]}, {@code [Z >E]} splits time without
 * overlap. A lone date {@code [MNEGOV 20121204]} (Phoenix uses it for a start, e.g. "entered
 * Foreign Service") means from that date on.
 */
final class ActorCodeParser {

  private static final Pattern BLOCK = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern CODE_AND_REST = Pattern.compile("([^\\s<>]+)\\s*(.*)");
  // A code is letters/digits/slashes with at least one letter, or the null code, or +++.
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9/]*[A-Za-z][A-Za-z0-9/]*|-+|\\++");
  private static final Pattern BEFORE = Pattern.compile("<\\s*(\\S+)");
  private static final Pattern AFTER = Pattern.compile(">\\s*(\\S+)");
  private static final Pattern RANGE = Pattern.compile("([^\\s-]+)\\s*-\\s*([^\\s-]+)");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final String source;
  private final int line;

  ActorCodeParser(String source, int line) {
    this.source = source;
    this.line = line;
  }

  /**
   * Parses the code blocks that follow {@code owner} on a line; {@code text} must consist of one or
   * more blocks and nothing else.
   */
  List<DatedCode> parseBlocks(String text, String owner) {
    List<DatedCode> codes = new ArrayList<>();
    Matcher block = BLOCK.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (Character.isWhitespace(text.charAt(at))) {
        at++;
        continue;
      }
      if (!block.find(at) || block.start() != at) {
        throw error(
            "expected a code in brackets like [USA] after '"
                + owner
                + "', found '"
                + text.substring(at)
                + "'");
      }
      codes.add(parseBlock(block.group(1)));
      at = block.end();
    }
    if (codes.isEmpty()) {
      throw error("expected a code in brackets like [USA] after '" + owner + "', found nothing");
    }
    return codes;
  }

  private DatedCode parseBlock(String inside) {
    String body = inside.strip();
    Matcher split = CODE_AND_REST.matcher(body);
    if (!split.matches() || !CODE.matcher(split.group(1)).matches()) {
      throw error(
          "expected a code like USA at the start of '["
              + inside
              + "]', found '"
              + (split.matches() ? split.group(1) : body)
              + "'");
    }
    String code = split.group(1).toUpperCase(Locale.ROOT);
    String restriction = split.group(2).strip();
    if (restriction.isEmpty()) {
      return DatedCode.unrestricted(code);
    }
    Matcher m = BEFORE.matcher(restriction);
    if (m.matches()) {
      return new DatedCode(code, LocalDate.MIN, date(m.group(1)).minusDays(1));
    }
    m = AFTER.matcher(restriction);
    if (m.matches()) {
      return new DatedCode(code, date(m.group(1)).plusDays(1), LocalDate.MAX);
    }
    m = RANGE.matcher(restriction);
    if (m.matches()) {
      LocalDate from = date(m.group(1));
      LocalDate to = date(m.group(2));
      if (from.isAfter(to)) {
        throw error(
            "expected a date range that starts before it ends in '["
                + inside
                + "]', found "
                + from
                + " to "
                + to);
      }
      return new DatedCode(code, from, to);
    }
    if (DIGITS.matcher(restriction).matches()) {
      return new DatedCode(code, date(restriction), LocalDate.MAX);
    }
    throw error(
        "expected a date restriction like <950601, >950601 or 950601-990815 after code "
            + code
            + ", found '"
            + restriction
            + "'");
  }

  /** Reads YYMMDD or YYYYMMDD. */
  LocalDate date(String text) {
    if (!DIGITS.matcher(text).matches() || (text.length() != 6 && text.length() != 8)) {
      throw error("expected a date as YYMMDD or YYYYMMDD, found '" + text + "'");
    }
    int year;
    int rest;
    if (text.length() == 8) {
      year = Integer.parseInt(text.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    int month = Integer.parseInt(text.substring(rest, rest + 2));
    int day = Integer.parseInt(text.substring(rest + 2, rest + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw error(
          "expected a calendar date, found '"
              + text
              + "' (year "
              + year
              + ", month "
              + month
              + ", day "
              + day
              + ")");
    }
  }

  private DictionaryException error(String message) {
    return new DictionaryException(source, line, message);
  }
}
