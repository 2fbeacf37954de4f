package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/*
 * Design note. "Tokyo condemned the test" names the test, not who tested: the article said so
 * earlier ("North Korea fired a missile ..."). When the object of a verb is an event noun with no
 * actor of its own, its agent is the source of the article's most recent event, in this sentence
 * or before it. Only event nouns qualify: "condemned the decision" looks back, "condemned the
 * weather" does not.
 */

/** The agent of an event noun that names none: the source of the article's latest event. */
final class ImpliedAgents {
  private static final Set<String> EVENT_REFERENCES =
      Set.of(
          "test", "move", "decision", "remark", "comment", "statement", "launch", "step",
          "action", "measure", "vote", "ruling", "deployment", "incursion", "exercise", "drill",
          "plan", "proposal", "announcement", "policy", "operation", "offensive", "killing",
          "blast", "explosion", "bombing", "escalation", "provocation", "violation", "arrest",
          "detention", "sanction", "tariff", "restriction", "ban", "law", "bill", "order",
          "expulsion", "seizure", "raid", "verdict", "sentence", "demand", "threat", "ultimatum",
          "aggression");
  private static final int REMEMBERED = 8;
  private final PredicateLexicon lexicon;
  private final Deque<Found> recentSources = new ArrayDeque<>();

  ImpliedAgents(PredicateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Remembers the sources of a sentence's events, latest last. */
  void record(List<Located> events) {
    for (Located e : events) {
      recentSources.addFirst(new Found(e.source(), -1, e.sourceText()));
      while (recentSources.size() > REMEMBERED) {
        recentSources.removeLast();
      }
    }
  }

  /** Who did the event that word {@code head} names, when it names an event and no actor. */
  List<Found> agentOf(int head, ClauseEvents clause, DependencyGraph graph) {
    String lemma = graph.lemma(head);
    if (!EVENT_REFERENCES.contains(lemma) && lexicon.noun(lemma).isEmpty()) {
      return List.of();
    }
    List<Found> own = clause.nounAgents(head);
    if (!own.isEmpty()) {
      return own;
    }
    List<Found> out = new ArrayList<>();
    for (Found f : recentSources) {
      if (!f.code().equals(ActorCode.NONE)) {
        out.add(new Found(f.code(), head, f.text()));
        break;
      }
    }
    return out;
  }
}
