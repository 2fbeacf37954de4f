package org.sitrep.report;

import java.util.Objects;

/**
 * An actor in the report's period that no event of the baseline periods had.
 *
 * <pre>{@code new NewActor("SDNREB", "Sudan rebels", 3)}</pre>
 */
public record NewActor(String code, String name, long events) {
  public NewActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
