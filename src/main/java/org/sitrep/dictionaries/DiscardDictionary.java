package org.sitrep.dictionaries;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Phrases that stop coding: sports results, film titles, history lessons. A plain line discards the
 * sentence; a line starting with {@code +} discards the whole story.
 *
 * <pre>
 * {@code discards.findIn(List.of("MANCHESTER", "UNITED", "WON"), true)  // Optional[MANCHESTER UNITED]}
 * </pre>
 *
 * <p>As in TABARI, a phrase ending without {@code _} treats its last word as a stem ({@code
 * BASEBALL} also catches {@code BASEBALLS}); a trailing {@code _} demands the whole word. The file
 * mixes case ({@code +Manchester United}); everything is upper-cased.
 */
public final class DiscardDictionary {

  private final List<Phrase> sentenceLevel;
  private final List<Phrase> storyLevel;
  private final PhraseTrie<Phrase> sentenceTrie = new PhraseTrie<>();
  private final PhraseTrie<Phrase> storyTrie = new PhraseTrie<>();

  private DiscardDictionary(List<Phrase> sentenceLevel, List<Phrase> storyLevel) {
    this.sentenceLevel = List.copyOf(sentenceLevel);
    this.storyLevel = List.copyOf(storyLevel);
    this.sentenceLevel.forEach(p -> sentenceTrie.add(p, p));
    this.storyLevel.forEach(p -> storyTrie.add(p, p));
  }

  /**
   * Reads a discard list, stopping at the first malformed line.
   *
   * @throws DictionaryException naming the source and line of the first malformed line
   */
  public static DiscardDictionary read(String sourceName, Reader in) {
    return read(sourceName, in, Problems.strict());
  }

  /** Reads a discard list, passing each malformed line to {@code problems} and leaving it out. */
  public static DiscardDictionary read(
      String sourceName, Reader in, Consumer<DictionaryException> problems) {
    List<Phrase> sentence = new ArrayList<>();
    List<Phrase> story = new ArrayList<>();
    for (DictionaryText.Line line : DictionaryText.read(sourceName, in)) {
      String text = line.text();
      boolean storyWide = text.startsWith("+");
      String phraseText = storyWide ? text.substring(1) : text;
      if (phraseText.indexOf('[') >= 0 || phraseText.indexOf(']') >= 0) {
        // TABARI kept discards as [###] actors; a code here means a misplaced actor line.
        problems.accept(
            new DictionaryException(
                sourceName,
                line.number(),
                "expected a discard phrase without a code, found '" + text + "'"));
      } else if (Phrase.splitWords(phraseText).isEmpty()) {
        problems.accept(
            new DictionaryException(
                sourceName, line.number(), "expected a discard phrase after '+', found nothing"));
      } else {
        (storyWide ? story : sentence).add(Phrase.parse(phraseText));
      }
    }
    return new DiscardDictionary(sentence, story);
  }

  /** Phrases that discard just the sentence they occur in. */
  public List<Phrase> sentenceLevel() {
    return sentenceLevel;
  }

  /** Phrases that discard the whole story they occur in. */
  public List<Phrase> storyLevel() {
    return storyLevel;
  }

  /**
   * The first discard phrase of the given level found as consecutive tokens (leftmost, then
   * longest).
   *
   * @param tokens upper-case words of a sentence
   * @param storyLevel true to look for story-level phrases, false for sentence-level ones
   */
  public Optional<Phrase> findIn(List<String> tokens, boolean storyLevel) {
    PhraseTrie<Phrase> trie = storyLevel ? storyTrie : sentenceTrie;
    for (int start = 0; start < tokens.size(); start++) {
      Optional<PhraseTrie.Hit<Phrase>> hit = trie.longestMatch(tokens, start);
      if (hit.isPresent()) {
        return Optional.of(hit.get().value());
      }
    }
    return Optional.empty();
  }
}
