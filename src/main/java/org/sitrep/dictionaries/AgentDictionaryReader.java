package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the PETRARCH agent format.
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON       substitution set, defined before use
 * AMBASSADOR [~GOV]                               plus generated plural AMBASSADORS
 * POLICE {} [~COP]                                {} = no plural
 * GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]              explicit plural(s), space separated
 * CONGRESS!PERSON! [~LEG]                         one entry per set member, no plurals
 * HUMAN_RIGHTS_BODY [NGO~]                        prefix code
 * </pre>
 */
final class AgentDictionaryReader {

  private static final Pattern SET_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");
  private static final Pattern CODE_WORD = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String source;
  private final Map<String, List<String>> sets = new HashMap<>();
  private final List<AgentEntry> entries = new ArrayList<>();

  private AgentDictionaryReader(String source) {
    this.source = source;
  }

  static List<AgentEntry> read(String source, Reader in, Consumer<DictionaryException> problems) {
    AgentDictionaryReader reader = new AgentDictionaryReader(source);
    for (DictionaryText.Line line : DictionaryText.read(source, in)) {
      try {
        reader.accept(line);
      } catch (DictionaryException e) {
        problems.accept(e);
      }
    }
    return List.copyOf(reader.entries);
  }

  private void accept(DictionaryText.Line line) {
    String text = line.text();
    Matcher definition = SET_DEFINITION.matcher(text);
    if (definition.matches()) {
      defineSet(line, definition.group(1), definition.group(2));
      return;
    }
    int open = text.indexOf('[');
    if (open < 0) {
      throw error(
          line, "expected an agent code in brackets like [~GOV] after '" + text + "', found none");
    }
    int close = text.indexOf(']', open);
    if (close < 0) {
      throw error(
          line,
          "expected ']' to close the agent code after '"
              + text.substring(0, open).strip()
              + "', found '"
              + text.substring(open)
              + "'");
    }
    if (!text.substring(close + 1).isBlank()) {
      throw error(
          line,
          "expected nothing after the agent code '"
              + text.substring(open, close + 1)
              + "', found '"
              + text.substring(close + 1).strip()
              + "'");
    }
    String head = text.substring(0, open);
    String code = SPACES.matcher(text.substring(open + 1, close)).replaceAll("");
    boolean prefix = code.endsWith("~");
    String bare =
        prefix
            ? code.substring(0, code.length() - 1)
            : code.startsWith("~") ? code.substring(1) : "";
    if (!CODE_WORD.matcher(bare).matches()) {
      throw error(
          line,
          "expected an agent code like [~GOV] or [NGO~], found '"
              + text.substring(open, close + 1)
              + "'");
    }
    store(line, head, bare.toUpperCase(Locale.ROOT), prefix);
  }

  private void store(DictionaryText.Line line, String head, String code, boolean prefix) {
    String phraseText = head;
    List<String> plurals = null; // null = generate; empty = {} no plural
    int brace = head.indexOf('{');
    if (brace >= 0) {
      int endBrace = head.indexOf('}', brace);
      if (endBrace < 0) {
        throw error(line, "expected '}' to close the plural in '" + head.strip() + "', found none");
      }
      if (!head.substring(endBrace + 1).isBlank()) {
        throw error(
            line,
            "expected the agent code after the plural '"
                + head.substring(brace, endBrace + 1)
                + "', found '"
                + head.substring(endBrace + 1).strip()
                + "'");
      }
      phraseText = head.substring(0, brace);
      plurals =
          List.of(SPACES.split(head.substring(brace + 1, endBrace).strip())).stream()
              .filter(s -> !s.isEmpty())
              .toList();
    } else if (head.indexOf('}') >= 0) {
      throw error(line, "expected '{' before '}' in '" + head.strip() + "', found '}' alone");
    }
    if (Phrase.splitWords(phraseText).isEmpty()) {
      throw error(line, "expected an agent phrase before the code, found none");
    }
    boolean hasMarker = phraseText.indexOf('!') >= 0;
    for (String expanded : expand(line, phraseText)) {
      add(line, expanded, code, prefix);
    }
    if (plurals == null && !hasMarker) {
      List<String> words = Phrase.splitWords(phraseText);
      String last = words.get(words.size() - 1);
      Plurals.of(last)
          .ifPresent(
              plural -> {
                List<String> pluralWords = new ArrayList<>(words.subList(0, words.size() - 1));
                pluralWords.add(plural);
                add(line, String.join("_", pluralWords), code, prefix);
              });
    } else if (plurals != null) {
      for (String plural : plurals) {
        for (String expanded : expand(line, plural)) {
          add(line, expanded, code, prefix);
        }
      }
    }
  }

  private void add(DictionaryText.Line line, String phraseText, String code, boolean prefix) {
    entries.add(
        new AgentEntry(
            new Phrase(Phrase.splitWords(phraseText), false), code, prefix, source, line.number()));
  }

  /** Replaces every !SET! marker by each member in turn; several markers multiply. */
  private List<String> expand(DictionaryText.Line line, String text) {
    Matcher marker = MARKER.matcher(text);
    if (!marker.find()) {
      if (text.indexOf('!') >= 0) {
        throw error(
            line,
            "expected a substitution marker like !PERSON!, found a lone '!' in '"
                + text.strip()
                + "'");
      }
      return List.of(text);
    }
    String name = marker.group(1).toUpperCase(Locale.ROOT);
    List<String> members = sets.get(name);
    if (members == null) {
      throw error(
          line,
          "expected substitution set !"
              + name
              + "! to be defined above by a line like '!"
              + name
              + "! = A, B', found no definition");
    }
    List<String> results = new ArrayList<>();
    String before = text.substring(0, marker.start());
    for (String rest : expand(line, text.substring(marker.end()))) {
      for (String member : members) {
        results.add(before + member + rest);
      }
    }
    return results;
  }

  private void defineSet(DictionaryText.Line line, String name, String list) {
    List<String> members = new ArrayList<>();
    for (String item : list.split(",", -1)) {
      String member = item.strip().toUpperCase(Locale.ROOT);
      if (member.isEmpty() || member.indexOf('!') >= 0) {
        throw error(
            line,
            "expected a comma-separated list of words after '!"
                + name
                + "! =', found '"
                + list.strip()
                + "'");
      }
      members.add(member);
    }
    sets.put(name.toUpperCase(Locale.ROOT), List.copyOf(members));
  }

  private DictionaryException error(DictionaryText.Line line, String message) {
    return new DictionaryException(source, line.number(), message);
  }
}
