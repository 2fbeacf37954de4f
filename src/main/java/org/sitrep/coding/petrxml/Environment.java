package org.sitrep.coding.petrxml;

import java.util.List;
import java.util.Optional;

/**
 * The dictionaries a validation file names in its {@code <Environment>}, relative to the file.
 *
 * <pre>{@code env.verbFile()  // Optional[PETR.Validate.verbs.txt]}</pre>
 */
public record Environment(
    Optional<String> verbFile,
    List<String> actorFiles,
    Optional<String> agentFile,
    Optional<String> discardFile) {
  public Environment {
    actorFiles = List.copyOf(actorFiles);
  }
}
