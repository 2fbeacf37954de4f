package org.sitrep.coding.petrxml;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Problem;

/**
 * A PETRARCH XML file as read: its environment (validation files only), its sentences, and the
 * records that could not be read, each as a {@link Problem}.
 */
public record PetrarchFile(
    String name,
    Optional<Environment> environment,
    List<SentenceRecord> sentences,
    List<Problem> problems) {
  public PetrarchFile {
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
  }
}
