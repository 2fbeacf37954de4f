package org.sitrep.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.dictionaries.PatternElement;
import org.sitrep.dictionaries.Synset;
import org.sitrep.dictionaries.VerbBlock;
import org.sitrep.dictionaries.VerbDictionary;
import org.sitrep.dictionaries.VerbPattern;

/*
 * Design note. A pattern is matched against two sequences built around the verb: the "upper"
 * words before it (nearest first, back to the previous comma) and the "lower" words after it
 * (to the end of its verb phrase). Both keep only words and entity/compound boundaries. Pattern
 * words are matched greedily in order: a word joined by "_" must come next, a word after a space
 * may be preceded by any number of other words. "$", "+" and "%" bind the entity the match is in
 * to the source, target or both; "^" skips the rest of the current entity. There is no
 * backtracking: this is the TABARI/PETRARCH reading the standard dictionaries were written for.
 */
final class PatternMatcher {
  /** Where a pattern placed the source and target, if it did. */
  static final class Binding {
    @Nullable Object source;
    @Nullable Object target;
  }

  /** A pattern split into its two parts once, each with the "joined" flag of every token. */
  private record Prepared(
      List<PatternElement> upper,
      List<Boolean> upperTight,
      List<PatternElement> lower,
      List<Boolean> lowerTight,
      List<String> literals) {}

  private final IdentityHashMap<VerbPattern, Prepared> prepared = new IdentityHashMap<>();

  PatternMatcher(VerbDictionary verbs) {
    for (Map.Entry<String, Synset> synset : verbs.synsets().entrySet()) {
      synsetIndex.put(synset.getKey(), index(synset.getValue()));
    }
    for (VerbBlock block : verbs.blocks()) {
      for (VerbPattern pattern : block.patterns()) {
        prepared.put(pattern, prepare(pattern));
      }
    }
  }

  private static Prepared prepare(VerbPattern pattern) {
    List<PatternElement> before = pattern.before();
    List<PatternElement> upperElements = new ArrayList<>(before.size());
    List<Boolean> upperTight = new ArrayList<>(before.size());
    for (int i = before.size() - 1; i >= 0; i--) {
      upperElements.add(before.get(i));
      boolean joinedToVerbSide =
          i == before.size() - 1 ? pattern.verbJoinedLeft() : before.get(i + 1).joinedLeft();
      upperTight.add(joinedToVerbSide);
    }
    List<PatternElement> after = pattern.after();
    List<Boolean> lowerTight = new ArrayList<>(after.size());
    for (PatternElement element : after) {
      lowerTight.add(element.joinedLeft());
    }
    List<String> literals = new ArrayList<>();
    for (PatternElement element : pattern.elements()) {
      if (element.kind() == PatternElement.Kind.WORD) {
        literals.add(element.value());
      }
    }
    return new Prepared(
        List.copyOf(upperElements),
        List.copyOf(upperTight),
        List.copyOf(after),
        List.copyOf(lowerTight),
        List.copyOf(literals));
  }

  /**
   * Whether the pattern matches around the verb; {@code words} holds every word of both sequences,
   * so a pattern naming a word the sentence lacks is rejected at once.
   */
  boolean matches(
      VerbPattern pattern,
      List<Token> upper,
      List<Token> lower,
      Set<String> words,
      Binding binding) {
    // read-only after construction, so one matcher serves many threads
    Prepared parts = prepared.get(pattern);
    if (parts == null) {
      parts = prepare(pattern);
    }
    for (String literal : parts.literals()) {
      if (!words.contains(literal)) {
        return false;
      }
    }
    return part(parts.upper(), parts.upperTight(), upper, true, binding)
        && part(parts.lower(), parts.lowerTight(), lower, false, binding);
  }

  private boolean part(
      List<PatternElement> elements,
      List<Boolean> tight,
      List<Token> seq,
      boolean upper,
      Binding binding) {
    if (elements.isEmpty()) {
      return true;
    }
    if (seq.isEmpty()) {
      return false;
    }
    return new PatternPart(this, seq, upper, binding).matches(elements, tight);
  }

  /** Members of a synset by the word each must find first (with its plural where allowed). */
  private record SynsetIndex(
      boolean plurals,
      Map<String, List<List<PatternElement>>> lower,
      Map<String, List<List<PatternElement>>> upper) {}

  private final Map<String, SynsetIndex> synsetIndex = new HashMap<>();

  private static SynsetIndex index(Synset synset) {
    Map<String, List<List<PatternElement>>> lower = new HashMap<>();
    Map<String, List<List<PatternElement>>> upper = new HashMap<>();
    for (List<PatternElement> member : synset.members()) {
      int n = member.size();
      if (n == 0 || member.stream().anyMatch(e -> e.kind() != PatternElement.Kind.WORD)) {
        continue; // memberEnd never matches these
      }
      PatternElement first = member.get(0);
      PatternElement last = member.get(n - 1);
      lower.computeIfAbsent(first.value(), k -> new ArrayList<>()).add(member);
      if (n == 1 && synset.plurals() && !first.exact()) {
        lower.computeIfAbsent(plural(first.value()), k -> new ArrayList<>()).add(member);
      }
      upper.computeIfAbsent(last.value(), k -> new ArrayList<>()).add(member);
      if (synset.plurals() && !last.exact()) {
        upper.computeIfAbsent(plural(last.value()), k -> new ArrayList<>()).add(member);
      }
    }
    return new SynsetIndex(synset.plurals(), lower, upper);
  }

  /** Index of the last sequence word a member of the synset covers from {@code s}, or -1. */
  int synsetEnd(String name, List<Token> seq, int s, boolean upper) {
    SynsetIndex index = synsetIndex.get(name);
    if (index == null) {
      throw new NoSuchElementException("synset &" + name);
    }
    Token token = seq.get(s);
    if (token.kind() != Token.Kind.WORD) {
      return -1;
    }
    List<List<PatternElement>> candidates =
        (upper ? index.upper() : index.lower()).get(token.text());
    if (candidates == null) {
      return -1;
    }
    for (List<PatternElement> member : candidates) {
      int end = memberEnd(member, index.plurals(), seq, s, upper);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  private static int memberEnd(
      List<PatternElement> member, boolean plurals, List<Token> seq, int s, boolean upper) {
    int n = member.size();
    for (int k = 0; k < n; k++) {
      PatternElement word = member.get(upper ? n - 1 - k : k);
      int at = s + k;
      if (word.kind() != PatternElement.Kind.WORD || at >= seq.size()) {
        return -1;
      }
      Token token = seq.get(at);
      if (token.kind() != Token.Kind.WORD) {
        return -1;
      }
      boolean lastWord = upper ? k == 0 : k == n - 1;
      boolean same = token.text().equals(word.value());
      if (!same && lastWord && plurals && !word.exact()) {
        same = token.text().equals(plural(word.value()));
      }
      if (!same) {
        return -1;
      }
    }
    return s + n - 1;
  }

  static String plural(String word) {
    if (word.endsWith("Y")) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (word.endsWith("S")) {
      return word + "ES";
    }
    return word + "S";
  }
}
