package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The input formats, known by file extension or, for stdin, by their first bytes. */
enum Format {
  JSON,
  JSON_LINES,
  TEXT,
  HTML,
  FEED;

  /** The extensions sitrep reads, for messages. */
  static final String EXTENSIONS = ".json, .jsonl, .txt, .html, .htm, .xml, .rss, .atom";

  // The first element name after the XML declaration, comments and a doctype.
  private static final Pattern FIRST_ELEMENT =
      Pattern.compile(
          "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z][\\w:.-]*)",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  static Optional<Format> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (extension) {
      case "json" -> Optional.of(JSON);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "txt" -> Optional.of(TEXT);
      case "html", "htm" -> Optional.of(HTML);
      case "xml", "rss", "atom" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  /**
   * Guesses the format of stdin from its head: markup is a feed if its root is {@code rss}, {@code
   * feed} or {@code rdf:RDF}, else HTML; JSON is JSON lines if its first two non-blank lines both
   * open an object (a pretty-printed object's second line is a field); the rest is plain text.
   */
  static Format sniff(byte[] head, int length) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8).strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).strip();
    }
    if (text.startsWith("<")) {
      Matcher root = FIRST_ELEMENT.matcher(text);
      return root.find() && root.group(1).matches("(?i)rss|feed|rdf:rdf") ? FEED : HTML;
    }
    if (text.startsWith("{")) {
      String[] lines = text.lines().filter(line -> !line.isBlank()).limit(2).toArray(String[]::new);
      return lines.length == 2 && lines[1].strip().startsWith("{") ? JSON_LINES : JSON;
    }
    return TEXT;
  }
}
