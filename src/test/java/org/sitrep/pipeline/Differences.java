package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;

/**
 * Says in a few words how the unpaired events of a construction item differ: an expected event and
 * a coded one that agree on two of source, target and code are one event with one part wrong
 * ("wrong code 190 for 195"); the others are missing or extra.
 *
 * <pre>{@code Differences.describe(missing, extra)  // "wrong target - for RUS; extra UKR RUS 111"}
 * </pre>
 */
final class Differences {
  private Differences() {}

  static String describe(List<ExpectedEvent> missing, List<Event> extra) {
    List<Event> left = new ArrayList<>(extra);
    List<String> out = new ArrayList<>();
    for (ExpectedEvent m : missing) {
      Event near = null;
      for (Event x : left) {
        if (agreements(m, x) >= 2) {
          near = x;
          break;
        }
      }
      if (near == null) {
        out.add("missing " + m);
      } else {
        left.remove(near);
        out.add(wrongPart(m, near));
      }
    }
    for (Event x : left) {
      out.add("extra " + ExpectedEvent.describe(x));
    }
    return String.join("; ", out);
  }

  private static int agreements(ExpectedEvent m, Event x) {
    return (m.sourceMatches(x) ? 1 : 0) + (m.targetMatches(x) ? 1 : 0) + (m.codeMatches(x) ? 1 : 0);
  }

  private static String wrongPart(ExpectedEvent m, Event x) {
    if (!m.codeMatches(x)) {
      return "wrong code " + x.code() + " for " + String.join("|", m.codes());
    }
    if (!m.sourceMatches(x)) {
      return "wrong source " + x.source().code() + " for " + String.join("|", m.sources());
    }
    if (!m.targetMatches(x)) {
      return "wrong target "
          + x.target().map(t -> t.code().value()).orElse(ExpectedEvent.NONE)
          + " for "
          + String.join("|", m.targets());
    }
    return "claimed_by "
        + x.claimedBy().map(c -> c.code().value()).orElse(ExpectedEvent.NONE)
        + " for "
        + m.claimedBy().map(c -> String.join("|", c)).orElse("?");
  }
}
