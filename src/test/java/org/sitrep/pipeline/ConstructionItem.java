package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * One item of the construction suite: a short article whose last sentence exercises one
 * construction, and the events that sentence must give ({@code expected} is empty for a sentence
 * that must give none).
 *
 * <pre>{@code item.article().text()  // the context sentences and the sentence under test}</pre>
 */
record ConstructionItem(
    String id,
    String construction,
    int line,
    LocalDate date,
    List<String> context,
    String sentence,
    List<ExpectedEvent> expected) {
  ConstructionItem {
    context = List.copyOf(context);
    expected = List.copyOf(expected);
  }

  /** The article text: the context sentences, then the sentence under test, one space apart. */
  String text() {
    List<String> sentences = new ArrayList<>(context);
    sentences.add(sentence);
    return String.join(" ", sentences);
  }

  /** Where the sentence under test starts in {@link #text()}. */
  int sentenceStart() {
    return text().length() - sentence.length();
  }

  /** The item as the pipeline reads it: id, publication date and text. */
  Article article() {
    return new Article(
        id,
        Optional.of(date),
        Optional.empty(),
        Optional.empty(),
        text(),
        Optional.empty(),
        "constructions.txt:" + line);
  }
}
