package org.sitrep.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a verb dictionary in the TABARI / PETRARCH-1 format ({@code CAMEO.verbpatterns.150430.txt},
 * {@code PETR.Validate.verbs.txt}).
 *
 * <pre>{@code VerbDictionary verbs = VerbDictionaryReader.read("CAMEO.verbpatterns.txt", reader);}
 * </pre>
 *
 * <p>The format, line by line: {@code &NAME} opens a synonym set whose members follow as {@code
 * +WORDS}; {@code --- NAME [code] ---} opens a verb block; inside a block a bare line is a verb
 * ({@code BAN {BANS BANNED} [191]}: irregular forms in braces, an own code in brackets), a line
 * starting with {@code +} is a multi-word verb whose {@code +}-marked word inflects ({@code
 * WIRE_+TAP}), and {@code - ... * ... [code]} is a pattern. In patterns and members, {@code _}
 * joins tokens that must be adjacent, a trailing {@code _} makes a word exact rather than a stem.
 * {@code #} starts a comment; {@code <!-- -->} comments may span lines. Anything else is a {@link
 * DictionaryException} naming the line.
 */
public final class VerbDictionaryReader {
  // compiled once: String.split/matches with these compiled a regex on every line
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_]+");
  private static final Pattern SYNSET_NAME = Pattern.compile("[A-Z0-9_]+");

  private enum State {
    START,
    SYNSET,
    BLOCK
  }

  private final String source;
  private final Map<String, Synset> synsets = new LinkedHashMap<>();
  private final List<VerbBlock> blocks = new ArrayList<>();
  private final PatternTokens tokens;

  private State state = State.START;
  private @Nullable String synsetName;
  private int synsetLine;
  private boolean synsetPlurals;
  private List<List<PatternElement>> members = new ArrayList<>();
  private @Nullable String blockName;
  private @Nullable CodePair blockCode;
  private int blockLine;
  private List<VerbEntry> verbs = new ArrayList<>();
  private List<VerbPattern> patterns = new ArrayList<>();
  private int lineNumber;

  private VerbDictionaryReader(String source) {
    this.source = source;
    this.tokens = new PatternTokens(source);
  }

  /** Reads the whole dictionary; the reader is not closed. */
  public static VerbDictionary read(String source, Reader in) {
    return new VerbDictionaryReader(source).readAll(in);
  }

  private VerbDictionary readAll(Reader in) {
    BufferedReader lines = new BufferedReader(in);
    SpanningComments comments = new SpanningComments();
    try {
      String raw;
      while ((raw = lines.readLine()) != null) {
        lineNumber++;
        line(stripHashComment(comments.cut(raw, lineNumber)).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    if (comments.isOpen()) {
      throw new DictionaryException(
          source, comments.openedOn(), "comment '<!--' is never closed with '-->'");
    }
    finishSynset();
    finishBlock();
    tokens.checkDefined(synsets);
    return new VerbDictionary(blocks, synsets);
  }

  /** Cuts a '#' comment; a '#' inside brackets is part of a code (TABARI's [###]). */
  private static String stripHashComment(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '#' && depth == 0) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    String upper = line.toUpperCase(Locale.ROOT);
    if (upper.startsWith("---")) {
      startBlock(upper);
    } else if (upper.startsWith("&")) {
      startSynset(upper);
    } else if (upper.startsWith("-")) {
      pattern(line);
    } else if (upper.startsWith("+") && state == State.SYNSET) {
      members.add(tokens.split(upper.substring(1), false, lineNumber));
    } else if (state == State.BLOCK) {
      verbs.add(verb(upper));
    } else {
      throw error(
          "expected '--- VERB [code] ---', '&SYNSET' or '+member' here, found '" + line + "'");
    }
  }

  private void startBlock(String line) {
    finishSynset();
    finishBlock();
    String body = line.substring(3).strip();
    // the closing "---" is often cut off by a comment ("--- TROUBLED [---] # NOUN ---")
    if (body.endsWith("---")) {
      body = body.substring(0, body.length() - 3).strip();
    }
    int bracket = body.indexOf('[');
    String name = (bracket < 0 ? body : body.substring(0, bracket)).strip();
    if (name.isEmpty()) {
      throw error("expected '--- NAME [code] ---', found '" + line + "'");
    }
    blockName = name;
    // No bracket ("--- DEFEND ###") means the bare verbs code nothing, as in PETRARCH. Some
    // headers carry a second bracketed code ("--- DELAY [120] [031:031] ---"); the first is
    // the block's default.
    blockCode =
        bracket < 0 ? CodePair.parse(CodePair.NULL_CODE) : codeIn(body.substring(bracket), line);
    blockLine = lineNumber;
    state = State.BLOCK;
  }

  private void startSynset(String line) {
    finishSynset();
    String name = line.substring(1).strip();
    synsetPlurals = !name.endsWith("_");
    if (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || !SYNSET_NAME.matcher(name).matches()) {
      throw error("expected a synset name like &CURRENCY, found '" + line + "'");
    }
    if (synsets.containsKey(name)) {
      throw error(
          "synset &" + name + " defined twice (first on line " + synsets.get(name).line() + ")");
    }
    synsetName = name;
    synsetLine = lineNumber;
    members = new ArrayList<>();
    state = State.SYNSET;
  }

  private void finishSynset() {
    if (synsetName != null) {
      if (members.isEmpty()) {
        throw new DictionaryException(
            source, synsetLine, "synset &" + synsetName + " has no +members");
      }
      synsets.put(synsetName, new Synset(synsetName, members, synsetPlurals, synsetLine));
      synsetName = null;
    }
    if (state == State.SYNSET) {
      state = blockName == null ? State.START : State.BLOCK;
    }
  }

  private void finishBlock() {
    if (blockName != null) {
      if (verbs.isEmpty()) {
        throw new DictionaryException(source, blockLine, "block " + blockName + " lists no verb");
      }
      // startBlock sets the code with the name
      blocks.add(
          new VerbBlock(blockName, Objects.requireNonNull(blockCode), verbs, patterns, blockLine));
      blockName = null;
      verbs = new ArrayList<>();
      patterns = new ArrayList<>();
    }
  }

  private void pattern(String line) {
    if (state != State.BLOCK) {
      // a pattern right after a synset inside a block belongs to the block
      if (state == State.SYNSET && blockName != null) {
        finishSynset();
      } else {
        throw error("pattern '" + line + "' outside a verb block");
      }
    }
    String body = line.substring(1).strip().toUpperCase(Locale.ROOT);
    int bracket = body.lastIndexOf('[');
    if (bracket < 0) {
      throw error("expected a code like [064] at the end of pattern '" + line + "'");
    }
    CodePair code = codeIn(line.substring(1).strip().substring(bracket), line);
    List<PatternElement> elements = tokens.split(body.substring(0, bracket), true, lineNumber);
    long verbMarks = elements.stream().filter(e -> e.kind() == PatternElement.Kind.VERB).count();
    if (verbMarks != 1) {
      throw error(
          "expected exactly one '*' (the verb) in pattern '" + line + "', found " + verbMarks);
    }
    patterns.add(new VerbPattern(elements, code, source, lineNumber));
  }

  private VerbEntry verb(String line) {
    String rest = line;
    Optional<CodePair> code = Optional.empty();
    int bracket = rest.indexOf('[');
    if (bracket >= 0) {
      code = Optional.of(codeIn(rest.substring(bracket), line));
      rest = rest.substring(0, bracket);
    }
    List<String> irregular = new ArrayList<>();
    int brace = rest.indexOf('{');
    if (brace >= 0) {
      int close = rest.indexOf('}', brace);
      if (close < 0) {
        throw error("expected '}' closing the verb forms in '" + line + "'");
      }
      for (String form : SPACES.split(rest.substring(brace + 1, close).strip())) {
        if (!form.isEmpty()) {
          irregular.add(form);
        }
      }
      if (!rest.substring(close + 1).isBlank()) {
        throw error("unexpected text after '}' in '" + line + "'");
      }
      rest = rest.substring(0, brace);
    }
    String phrase = rest.strip();
    if (phrase.isEmpty() || phrase.contains("*") || phrase.contains("$") || phrase.contains("%")) {
      throw error("expected a verb like 'BAN {BANS BANNED} [191]', found '" + line + "'");
    }
    VerbForm base = form(phrase);
    List<VerbForm> forms = new ArrayList<>();
    forms.add(base);
    for (String inflected : Inflections.regular(base.verb())) {
      List<String> words = new ArrayList<>(base.words());
      words.set(base.verbIndex(), inflected);
      forms.add(new VerbForm(words, base.verbIndex()));
    }
    for (String form : irregular) {
      forms.add(form(form));
    }
    return new VerbEntry(String.join(" ", base.words()), distinct(forms), code, lineNumber);
  }

  private static List<VerbForm> distinct(List<VerbForm> forms) {
    return List.copyOf(new LinkedHashSet<>(forms));
  }

  /** "WIRE_+TAP" -> [WIRE, TAP] with the verb at 1; "LASH OUT" -> verb at 0. */
  private VerbForm form(String phrase) {
    String[] parts = WORD_SEPARATORS.split(phrase.strip());
    List<String> words = new ArrayList<>();
    int verbIndex = -1;
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("+")) {
        if (verbIndex >= 0) {
          throw error("two '+'-marked verb words in '" + phrase + "'");
        }
        verbIndex = words.size();
        part = part.substring(1);
      }
      if (part.isEmpty()) {
        throw error("'+' must mark a word in '" + phrase + "'");
      }
      words.add(part);
    }
    if (words.isEmpty()) {
      throw error("expected a verb, found '" + phrase + "'");
    }
    return new VerbForm(words, Math.max(verbIndex, 0));
  }

  private CodePair codeIn(String text, String line) {
    int open = text.indexOf('[');
    int close = text.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      throw error("expected a code in brackets like [064] in '" + line + "'");
    }
    try {
      return CodePair.parse(text.substring(open + 1, close));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage() + " in '" + line + "'");
    }
  }

  private DictionaryException error(String message) {
    return new DictionaryException(source, lineNumber, message);
  }
}
