package org.sitrep.dictionaries;

import java.util.List;

/**
 * One line of an issues dictionary, words as written (upper-cased, markers kept).
 *
 * <pre>{@code new IssueEntry("EDUCATION", List.of("N:TEACHER"), "TEACHERS", false, 19)}</pre>
 *
 * @param category the CATEGORY of the enclosing {@code <ISSUE>} section
 * @param words the phrase's words with their {@code n:}/{@code v:} markers and {@code +} joins,
 *     e.g. {@code [PRE+N:SCHOOL]}
 * @param code the bracketed code; the category when the line has none (COUNTEVENT sections list
 *     bare phrases); empty for an exclusion
 * @param exclusion true for a {@code ~} line, whose presence cancels all issues of the sentence
 */
public record IssueEntry(
    String category, List<String> words, String code, boolean exclusion, int line) {

  public IssueEntry {
    words = List.copyOf(words);
  }
}
