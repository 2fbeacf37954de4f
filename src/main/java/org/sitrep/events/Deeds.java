package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.ClauseActors.Found;

/*
 * Design note. "Trump proposed that ... Egypt rejected the proposal": the proposal is Trump's
 * even though no event was coded for it, since proposing is no CAMEO act of its own here. The
 * article's verbs are remembered with their doers, whether or not they coded an event, and an
 * event noun that names none is given the doer of the verb it nominalises.
 */

/** Who did what verb in the article so far, for the nouns that name those acts later. */
final class Deeds {
  private record Deed(String verb, Found doer) {}

  private static final int REMEMBERED = 24;
  // the verbs a reference noun nominalises; a noun also names the verb of its own lemma ("test")
  private static final Map<String, Set<String>> VERBS =
      Map.ofEntries(
          Map.entry("proposal", Set.of("propose")),
          // a decision is what was decided, ruled, ordered, issued or adopted
          Map.entry("decision", Set.of("decide", "rule", "order", "issue", "adopt", "approve")),
          Map.entry("announcement", Set.of("announce")),
          Map.entry("statement", Set.of("state")),
          Map.entry("deployment", Set.of("deploy")),
          Map.entry("killing", Set.of("kill")),
          Map.entry("detention", Set.of("detain")),
          Map.entry("seizure", Set.of("seize")),
          Map.entry("expulsion", Set.of("expel")),
          Map.entry("threat", Set.of("threaten")),
          Map.entry("blockade", Set.of("block", "blockade")),
          Map.entry("bombing", Set.of("bomb")),
          Map.entry("shelling", Set.of("shell")),
          Map.entry("ruling", Set.of("rule")),
          Map.entry("accusation", Set.of("accuse")),
          Map.entry("charge", Set.of("accuse", "charge")),
          Map.entry("allegation", Set.of("allege", "accuse")),
          Map.entry("claim", Set.of("claim", "accuse")),
          Map.entry("withdrawal", Set.of("withdraw")),
          Map.entry("invasion", Set.of("invade")),
          Map.entry("occupation", Set.of("occupy")),
          Map.entry("incursion", Set.of("enter")),
          Map.entry("imposition", Set.of("impose")),
          Map.entry("measure", Set.of("impose")),
          Map.entry("restriction", Set.of("impose", "restrict")));
  private final Deque<Deed> deeds = new ArrayDeque<>();

  /** Remembers that {@code doer} did what verb lemma {@code verb} says. */
  void remember(String verb, Found doer) {
    deeds.addFirst(new Deed(verb, doer));
    while (deeds.size() > REMEMBERED) {
      deeds.removeLast();
    }
  }

  /** The doer of the latest verb that noun lemma {@code noun} names ("proposal": propose). */
  Optional<Found> doerOf(String noun) {
    Set<String> verbs = VERBS.getOrDefault(noun, Set.of(noun));
    for (Deed d : deeds) {
      if (verbs.contains(d.verb()) || d.verb().equals(noun)) {
        return Optional.of(d.doer());
      }
    }
    return Optional.empty();
  }
}
