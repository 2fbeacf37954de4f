package org.sitrep.coding.petrxml;

import java.util.List;

/**
 * How one validation record came out: the triples expected and coded, sorted, and whether they are
 * the same list.
 *
 * <pre>{@code outcome.right()  // true when coded == expected}</pre>
 */
public record RecordOutcome(
    SentenceRecord record, List<ExpectedEvent> expected, List<ExpectedEvent> coded, String note) {
  public RecordOutcome {
    expected = List.copyOf(expected);
    coded = List.copyOf(coded);
  }

  public boolean right() {
    return expected.equals(coded);
  }
}
