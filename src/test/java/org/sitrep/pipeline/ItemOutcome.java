package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Event;

/*
 * Design note. An item is right when its expected events and the events coded from its last
 * sentence pair up one to one, none left over on either side. Expectations match by prefix, so
 * one predicted event may fit several expectations; a greedy pairing could then fail an item that
 * has a perfect pairing, so the pairing is a maximum bipartite matching (Kuhn's augmenting paths;
 * items hold a handful of events). A mutual expectation (A <> B) has three ways to be met, and
 * every combination of ways is tried: items have at most two or three of them.
 */

/**
 * What the pipeline made of one construction item: the events of its last sentence and whether they
 * are exactly the expected ones; {@link #reason()} says briefly what differs.
 *
 * <pre>{@code ItemOutcome.of(item, coded.events())}</pre>
 */
record ItemOutcome(ConstructionItem item, List<Event> predicted, boolean right, String reason) {
  ItemOutcome {
    predicted = List.copyOf(predicted);
  }

  /** Judges an item by the events, among all the article's, whose evidence is its last sentence. */
  static ItemOutcome of(ConstructionItem item, List<Event> articleEvents) {
    int start = item.sentenceStart();
    List<Event> predicted =
        articleEvents.stream().filter(e -> e.evidence().start() >= start).toList();
    Pairing best = null;
    for (List<ExpectedEvent> way : ways(item.expected())) {
      Pairing pairing = Pairing.of(way, predicted);
      if (best == null || pairing.unpaired() < best.unpaired()) {
        best = pairing;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no way to meet the expectations of " + item.id());
    }
    return new ItemOutcome(item, predicted, best.unpaired() == 0, best.reason());
  }

  /** Every combination of the ways each expectation can be met. */
  private static List<List<ExpectedEvent>> ways(List<ExpectedEvent> expected) {
    List<List<ExpectedEvent>> out = new ArrayList<>();
    out.add(List.of());
    for (ExpectedEvent e : expected) {
      List<List<ExpectedEvent>> next = new ArrayList<>();
      for (List<ExpectedEvent> prefix : out) {
        for (List<ExpectedEvent> way : e.ways()) {
          List<ExpectedEvent> combined = new ArrayList<>(prefix);
          combined.addAll(way);
          next.add(combined);
        }
      }
      out = next;
    }
    return out;
  }

  /** The expected and predicted events, for a failure message. */
  String report() {
    String expected =
        item.expected().isEmpty()
            ? "none"
            : item.expected().stream()
                .map(ExpectedEvent::toString)
                .collect(Collectors.joining("; "));
    String got =
        predicted.isEmpty()
            ? "none"
            : predicted.stream().map(ExpectedEvent::describe).collect(Collectors.joining("; "));
    return item.id()
        + " (line "
        + item.line()
        + ", "
        + item.construction()
        + "): "
        + item.sentence()
        + "\n    expected: "
        + expected
        + "\n    coded:    "
        + got
        + "\n    ("
        + reason
        + ")";
  }

  /** A maximum one-to-one pairing of expected and predicted events. */
  private static final class Pairing {
    private final List<ExpectedEvent> expected;
    private final List<Event> predicted;
    // partner[p]: the expectation paired with predicted event p, or -1
    private final int[] partner;

    private Pairing(List<ExpectedEvent> expected, List<Event> predicted, int[] partner) {
      this.expected = expected;
      this.predicted = predicted;
      this.partner = partner;
    }

    static Pairing of(List<ExpectedEvent> expected, List<Event> predicted) {
      int[] partner = new int[predicted.size()];
      Arrays.fill(partner, -1);
      for (int e = 0; e < expected.size(); e++) {
        augment(e, expected, predicted, partner, new boolean[predicted.size()]);
      }
      return new Pairing(expected, predicted, partner);
    }

    private static boolean augment(
        int e, List<ExpectedEvent> expected, List<Event> predicted, int[] partner, boolean[] seen) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!seen[p] && expected.get(e).matches(predicted.get(p))) {
          seen[p] = true;
          if (partner[p] < 0 || augment(partner[p], expected, predicted, partner, seen)) {
            partner[p] = e;
            return true;
          }
        }
      }
      return false;
    }

    int paired() {
      return (int) Arrays.stream(partner).filter(e -> e >= 0).count();
    }

    int unpaired() {
      return expected.size() + predicted.size() - 2 * paired();
    }

    /** What differs, in a few words: "nothing coded", "wrong code 190 for 195", "extra ...". */
    String reason() {
      if (unpaired() == 0) {
        return "right";
      }
      List<ExpectedEvent> missing = new ArrayList<>();
      for (int e = 0; e < expected.size(); e++) {
        final int index = e;
        if (Arrays.stream(partner).noneMatch(p -> p == index)) {
          missing.add(expected.get(e));
        }
      }
      List<Event> extra = new ArrayList<>();
      for (int p = 0; p < predicted.size(); p++) {
        if (partner[p] < 0) {
          extra.add(predicted.get(p));
        }
      }
      if (predicted.isEmpty()) {
        return "nothing coded";
      }
      return Differences.describe(missing, extra);
    }
  }
}
