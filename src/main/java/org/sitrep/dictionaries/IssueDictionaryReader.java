package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the PETRARCH issues format.
 *
 * <pre>
 * &lt;ISSUE CATEGORY="EDUCATION" TYPE="ALL"&gt;
 * n:teacher [TEACHERS]          phrase and code
 * early+childhood education [EARLY_CHILDHOOD_EDUCATION]
 * v:kidnap                      no code: the category is the code
 * ~a head start                 exclusion (also written ~~)
 * &lt;/ISSUE&gt;
 * </pre>
 */
final class IssueDictionaryReader {

  private static final Pattern OPEN =
      Pattern.compile(
          "<ISSUE\\s+CATEGORY\\s*=\\s*\"([^\"]+)\"(?:\\s+TYPE\\s*=\\s*\"[^\"]*\")?\\s*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</ISSUE\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String source;
  private final List<IssueEntry> entries = new ArrayList<>();
  private @Nullable String category;
  private int openedAt;

  private IssueDictionaryReader(String source) {
    this.source = source;
  }

  static List<IssueEntry> read(String source, Reader in, Consumer<DictionaryException> problems) {
    IssueDictionaryReader reader = new IssueDictionaryReader(source);
    for (DictionaryText.Line line : DictionaryText.read(source, in)) {
      try {
        reader.accept(line);
      } catch (DictionaryException e) {
        problems.accept(e);
      }
    }
    if (reader.category != null) {
      problems.accept(
          new DictionaryException(
              source,
              reader.openedAt,
              "expected </ISSUE> to close the section "
                  + reader.category
                  + " opened here, found end of file"));
    }
    return List.copyOf(reader.entries);
  }

  private void accept(DictionaryText.Line line) {
    String text = line.text();
    Matcher open = OPEN.matcher(text);
    if (open.matches()) {
      String previous = category;
      // Open the new section even after an error so its lines still land somewhere sensible.
      category = open.group(1).strip().toUpperCase(Locale.ROOT);
      openedAt = line.number();
      if (previous != null) {
        throw error(
            line,
            "expected </ISSUE> to close section "
                + previous
                + " before opening "
                + category
                + ", found a new <ISSUE>");
      }
      return;
    }
    if (CLOSE.matcher(text).matches()) {
      if (category == null) {
        throw error(
            line, "expected an open <ISSUE CATEGORY=\"...\"> section before </ISSUE>, found none");
      }
      category = null;
      return;
    }
    if (text.startsWith("<")) {
      throw error(
          line, "expected <ISSUE CATEGORY=\"...\" TYPE=\"...\"> or </ISSUE>, found '" + text + "'");
    }
    if (category == null) {
      throw error(
          line,
          "expected an <ISSUE CATEGORY=\"...\"> line before the entry '" + text + "', found none");
    }
    entries.add(entry(line, text, category));
  }

  private IssueEntry entry(DictionaryText.Line line, String text, String category) {
    boolean exclusion = text.startsWith("~");
    String body = exclusion ? text.replaceFirst("^~+", "") : text;
    String code = exclusion ? "" : category;
    int bracket = body.indexOf('[');
    if (bracket >= 0) {
      if (exclusion) {
        throw error(line, "expected an exclusion phrase without a code, found '" + text + "'");
      }
      int close = body.indexOf(']', bracket);
      if (close < 0) {
        throw error(
            line,
            "expected ']' to close the code in '"
                + text
                + "', found '"
                + body.substring(bracket)
                + "'");
      }
      if (!body.substring(close + 1).isBlank()) {
        throw error(
            line,
            "expected nothing after the code "
                + body.substring(bracket, close + 1)
                + ", found '"
                + body.substring(close + 1).strip()
                + "'");
      }
      String inside = body.substring(bracket + 1, close).strip();
      if (!CODE.matcher(inside).matches()) {
        throw error(
            line,
            "expected an issue code like [TEACHERS], found '"
                + body.substring(bracket, close + 1)
                + "'");
      }
      code = inside.toUpperCase(Locale.ROOT);
      body = body.substring(0, bracket);
    } else if (body.indexOf(']') >= 0) {
      throw error(line, "expected '[' before ']' in '" + text + "', found ']' alone");
    }
    List<String> words = new ArrayList<>();
    for (String word : SPACES.split(body.strip())) {
      if (word.isEmpty()) {
        continue;
      }
      String upper = word.toUpperCase(Locale.ROOT);
      String problem = IssueForms.checkWord(upper);
      if (problem != null) {
        throw error(line, problem);
      }
      words.add(upper);
    }
    if (words.isEmpty()) {
      throw error(line, "expected an issue phrase, found '" + text + "'");
    }
    return new IssueEntry(category, words, code, exclusion, line.number());
  }

  private DictionaryException error(DictionaryText.Line line, String message) {
    return new DictionaryException(source, line.number(), message);
  }
}
