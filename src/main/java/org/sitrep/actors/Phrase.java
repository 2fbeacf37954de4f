package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase: upper-case words, and whether its last word is a stem.
 *
 * <p>Dictionaries join words with {@code _} or spaces. In TABARI's convention a phrase that
 * does not end in {@code _} leaves its last word open, so {@code ARGENTIN} matches
 * {@code ARGENTINA} and {@code ARGENTINIAN}; a trailing {@code _} ({@code ARNOR_}) demands the
 * exact word.
 *
 * <pre>{@code Phrase.parse("NEW_ZEALAND")  // words [NEW, ZEALAND], stemLast true}</pre>
 *
 * @param words    the words, upper-case, never empty, none containing {@code _} or spaces
 * @param stemLast true if the last word may match any token that starts with it
 */
public record Phrase(List<String> words, boolean stemLast) {

    public Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one word");
        }
        for (String word : words) {
            if (word.isEmpty() || word.indexOf('_') >= 0 || word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not a single word: '" + word + "'");
            }
        }
    }

    /**
     * Reads dictionary phrase text such as {@code "UNITED_NATIONS"} or {@code "HAMAS WING"}.
     *
     * @throws IllegalArgumentException if the text has no words
     */
    public static Phrase parse(String text) {
        String trimmed = text.strip();
        List<String> words = splitWords(trimmed);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("expected a phrase, found '" + text + "'");
        }
        return new Phrase(words, !trimmed.endsWith("_"));
    }

    /** Splits on underscores and whitespace and upper-cases; runs of separators count once. */
    static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[_\\s]+")) {
            if (!word.isEmpty()) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The same words with the last one demanding an exact match. */
    Phrase exact() {
        return stemLast ? new Phrase(words, false) : this;
    }

    /** The phrase as a dictionary writes it: words joined by {@code _}, a final {@code _} if exact. */
    public String dictionaryForm() {
        return String.join("_", words) + (stemLast ? "" : "_");
    }
}
