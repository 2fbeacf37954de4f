package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Issue phrases (education, water security, named groups...) found by plain word matching in a
 * sentence; see {@link IssueForms} for how {@code n:}, {@code v:} and {@code +} expand.
 *
 * <pre>{@code issues.issuesIn(List.of("TEACHERS", "WENT", "ON", "STRIKE"))  // [TEACHERS]}</pre>
 */
public final class IssueDictionary {

  private record Form(IssueEntry entry, List<String> tokens) {}

  private final List<IssueEntry> entries;
  private final Map<String, List<Form>> formsByFirstToken = new HashMap<>();

  private IssueDictionary(List<IssueEntry> entries) {
    this.entries = List.copyOf(entries);
    for (IssueEntry entry : this.entries) {
      for (List<String> tokens : IssueForms.expand(entry.words())) {
        formsByFirstToken
            .computeIfAbsent(tokens.get(0), t -> new ArrayList<>())
            .add(new Form(entry, tokens));
      }
    }
  }

  /**
   * Reads an issues dictionary, stopping at the first malformed line.
   *
   * @throws DictionaryException naming the source and line of the first malformed line
   */
  public static IssueDictionary read(String sourceName, Reader in) {
    return read(sourceName, in, Problems.strict());
  }

  /**
   * Reads an issues dictionary, passing each malformed line to {@code problems} and leaving it out.
   * Phoenix.IssueCoding.txt has a handful (a stray {@code </ISSUE>}, an {@code m:} marker, two
   * entries run together on one line...).
   */
  public static IssueDictionary read(
      String sourceName, Reader in, Consumer<DictionaryException> problems) {
    return new IssueDictionary(IssueDictionaryReader.read(sourceName, in, problems));
  }

  public List<IssueEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /**
   * The distinct issue codes whose phrases occur as consecutive tokens, in order of first
   * occurrence; empty if any exclusion phrase occurs, since PETRARCH lets an exclusion cancel all
   * issues of the sentence.
   *
   * @param tokens upper-case words of a sentence
   */
  public List<String> issuesIn(List<String> tokens) {
    Set<String> codes = new LinkedHashSet<>();
    for (int start = 0; start < tokens.size(); start++) {
      for (Form form : formsByFirstToken.getOrDefault(tokens.get(start), List.of())) {
        if (occursAt(form.tokens(), tokens, start)) {
          if (form.entry().exclusion()) {
            return List.of();
          }
          codes.add(form.entry().code());
        }
      }
    }
    return List.copyOf(codes);
  }

  private static boolean occursAt(List<String> phrase, List<String> tokens, int start) {
    if (start + phrase.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!phrase.get(i).equals(tokens.get(start + i))) {
        return false;
      }
    }
    return true;
  }
}
