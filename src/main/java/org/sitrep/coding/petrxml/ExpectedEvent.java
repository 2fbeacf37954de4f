package org.sitrep.coding.petrxml;

import java.util.Comparator;

/**
 * An event a validation record expects: source, target and code as PETRARCH writes them.
 *
 * <pre>{@code new ExpectedEvent("ARN", "GON", "064")}</pre>
 */
public record ExpectedEvent(String source, String target, String code)
    implements Comparable<ExpectedEvent> {
  private static final Comparator<ExpectedEvent> ORDER =
      Comparator.comparing(ExpectedEvent::source)
          .thenComparing(ExpectedEvent::target)
          .thenComparing(ExpectedEvent::code);

  @Override
  public int compareTo(ExpectedEvent other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "(" + source + ", " + target + ", " + code + ")";
  }
}
