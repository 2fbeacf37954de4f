package org.sitrep.cameo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event in PLOVER's terms, the ontology POLECAT codes in: an event type ("ASSAULT"), an optional
 * mode saying how ("heavy-weapons") and the contexts it belongs to ("military").
 *
 * <pre>{@code PloverTable.bundled().plover("195")  // ASSAULT, heavy-weapons, [military]}</pre>
 */
public record Plover(String eventType, Optional<String> mode, List<String> contexts) {
  public Plover {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(mode, "mode");
    contexts = List.copyOf(contexts);
  }
}
