package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the TABARI/PETRARCH actor format into entries.
 *
 * <pre>
 * GOLLUM            primary phrase, code optional on this line
 * +SMEAGOL          synonym, shares the codes
 * 	[HOB &lt; 950601]   code lines, usually indented
 * 	[HOBREB &gt; 990816]
 * </pre>
 *
 * <p>A primary phrase with no code at all is legal: PETRARCH documents it as equivalent to a null
 * code, so it becomes an entry with no codes.
 *
 * <p>Several primary phrases on consecutive lines, none with a code of its own, share the code
 * lines that follow them. Phoenix.Countries.actors.txt relies on this in hand-edited blocks ({@code
 * LEONID_BREZHNEV_}, {@code LEONID_ILYICH_BREZHNEV}, ... then the date-restricted codes) where the
 * {@code +} was left off. A blank or comment line ends such a group, so an uncoded phrase followed
 * by a separate section ({@code U.N._}, a blank line, then the Secretary-General block) does not
 * pick up the next section's codes.
 */
final class ActorDictionaryReader {

  private final String source;
  private final Consumer<DictionaryException> problems;
  private final List<ActorEntry> entries = new ArrayList<>();
  // The entries the next code line applies to; synonyms join the last one.
  private final List<EntryBuilder> group = new ArrayList<>();
  private int previousLine;
  // After a bad primary line its synonyms and code lines have no entry to join.
  private boolean skippingOrphans;

  private ActorDictionaryReader(String source, Consumer<DictionaryException> problems) {
    this.source = source;
    this.problems = problems;
  }

  static List<ActorEntry> read(String source, Reader in, Consumer<DictionaryException> problems) {
    ActorDictionaryReader reader = new ActorDictionaryReader(source, problems);
    for (DictionaryText.Line line : DictionaryText.read(source, in)) {
      reader.accept(line);
    }
    reader.flushGroup();
    return List.copyOf(reader.entries);
  }

  private void accept(DictionaryText.Line line) {
    char first = line.text().charAt(0);
    boolean primary = first != '+' && first != '[';
    try {
      if (first == '+') {
        synonym(line);
      } else if (first == '[') {
        codeLine(line);
      } else {
        primary(line);
      }
    } catch (DictionaryException e) {
      if (primary) {
        flushGroup();
        skippingOrphans = true;
      }
      problems.accept(e);
    } finally {
      previousLine = line.number();
    }
  }

  private void primary(DictionaryText.Line line) {
    String text = line.text();
    int bracket = text.indexOf('[');
    String phraseText = bracket < 0 ? text : text.substring(0, bracket);
    EntryBuilder entry = new EntryBuilder(phrase(line, phraseText, text), line.number());
    if (bracket >= 0) {
      entry.codes.addAll(
          new ActorCodeParser(source, line.number())
              .parseBlocks(text.substring(bracket), phraseText.strip()));
    }
    boolean joinsGroup =
        entry.codes.isEmpty()
            && !group.isEmpty()
            && line.number() == previousLine + 1
            && group.stream().allMatch(member -> member.codes.isEmpty());
    if (!joinsGroup) {
      flushGroup();
    }
    group.add(entry);
    skippingOrphans = false;
  }

  private void synonym(DictionaryText.Line line) {
    String text = line.text();
    if (group.isEmpty()) {
      if (skippingOrphans) {
        return;
      }
      throw new DictionaryException(
          source,
          line.number(),
          "expected an actor line before the synonym '" + text + "', found no entry above it");
    }
    EntryBuilder owner = group.get(group.size() - 1);
    int bracket = text.indexOf('[');
    String phraseText = bracket < 0 ? text.substring(1) : text.substring(1, bracket);
    Phrase phrase = phrase(line, phraseText, text);
    List<DatedCode> codes =
        bracket < 0
            ? List.of()
            : new ActorCodeParser(source, line.number())
                .parseBlocks(text.substring(bracket), phraseText.strip());
    owner.synonyms.add(phrase);
    for (EntryBuilder member : group) {
      member.codes.addAll(codes);
    }
  }

  private void codeLine(DictionaryText.Line line) {
    if (group.isEmpty()) {
      if (skippingOrphans) {
        return;
      }
      throw new DictionaryException(
          source,
          line.number(),
          "expected an actor line before the code line '"
              + line.text()
              + "', found no entry above it");
    }
    String owner = group.get(group.size() - 1).primary.dictionaryForm();
    List<DatedCode> codes =
        new ActorCodeParser(source, line.number()).parseBlocks(line.text(), owner);
    for (EntryBuilder member : group) {
      member.codes.addAll(codes);
    }
  }

  private Phrase phrase(DictionaryText.Line line, String phraseText, String wholeLine) {
    if (phraseText.indexOf(']') >= 0) {
      throw new DictionaryException(
          source, line.number(), "expected '[' before ']' in '" + wholeLine + "', found ']' alone");
    }
    if (Phrase.splitWords(phraseText).isEmpty()) {
      throw new DictionaryException(
          source,
          line.number(),
          "expected a phrase before the code in '" + wholeLine + "', found none");
    }
    return Phrase.parse(phraseText);
  }

  private void flushGroup() {
    for (EntryBuilder entry : group) {
      entries.add(new ActorEntry(entry.primary, entry.synonyms, entry.codes, source, entry.line));
    }
    group.clear();
  }

  private static final class EntryBuilder {
    private final Phrase primary;
    private final int line;
    private final List<Phrase> synonyms = new ArrayList<>();
    private final List<DatedCode> codes = new ArrayList<>();

    EntryBuilder(Phrase primary, int line) {
      this.primary = primary;
      this.line = line;
    }
  }
}
