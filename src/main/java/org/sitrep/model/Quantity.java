package org.sitrep.model;

import java.util.Objects;

/**
 * How much of something an event involved: {@code 145 drones}, {@code $6 billion}.
 *
 * <pre>{@code new Quantity(6.0e9, "USD", "$6 billion")}</pre>
 */
public record Quantity(double value, String unit, String text) {
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    if (Double.isNaN(value) || value < 0) {
      throw new IllegalArgumentException("quantity must be a non-negative number: " + value);
    }
  }
}
