package org.sitrep.annotate;

import java.util.Objects;
import java.util.Optional;

/**
 * One token of an annotated sentence, with its character span in the article text, Penn Treebank
 * tag, lemma and named-entity class. {@code timex} is SUTime's normalised value ("2024-11-10",
 * "2024-11-11TNI", "P2D") for words of a time expression; {@code number} is CoreNLP's normalised
 * amount for words of a number or money expression ("145.0", "$6.0E9").
 *
 * <pre>
 * {@code new Word("Sunday", 1400, 1406, "NNP", "Sunday", "DATE", Optional.of("2024-11-10"), Optional.empty())}
 * </pre>
 */
public record Word(
    String text,
    int start,
    int end,
    String tag,
    String lemma,
    String ner,
    Optional<String> timex,
    Optional<String> number) {

  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(timex, "timex");
    Objects.requireNonNull(number, "number");
  }

  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }
}
