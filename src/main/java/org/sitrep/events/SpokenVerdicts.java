package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;

/*
 * Design note. "Kenya said the ransacking of an embassy was a serious breach of international
 * law", "Barrot said these attacks are unacceptable": the speaker judges an act without a verb of
 * judging. When what a speech verb reports is a copular clause whose predicate is a word of
 * condemnation, the speaker criticises (111) the actor of its subject, or whoever did the act its
 * subject names; a word of praise is an optimistic comment (013) on them; "was responsible for" or
 * "bore responsibility for" accuses them (112). Other reported clauses
 * are left to the verbs inside them.
 */

/** The verdict a speaker passes in a reported copular clause, as a code and the judged word. */
final class SpokenVerdicts {
  /** A reported verdict: its code and the subject word it is passed on. */
  record Verdict(String code, int predicate, int subject) {}

  private static final Set<String> SPEECH =
      Set.of(
          "say", "tell", "write", "add", "state", "insist", "declare", "note", "warn", "stress",
          "post", "tweet", "comment", "argue", "reply", "respond", "believe", "think");
  // "bears responsibility" blames its subject; "took responsibility" claims it (not a verdict)
  private static final Set<String> BEARING = Set.of("bear", "carry");
  private final PredicateLexicon lexicon;
  private final DependencyGraph graph;

  SpokenVerdicts(PredicateLexicon lexicon, DependencyGraph graph) {
    this.lexicon = lexicon;
    this.graph = graph;
  }

  /** The verdicts speech verb {@code v} reports; none when it is no speech verb. */
  List<Verdict> of(int v) {
    List<Verdict> out = new ArrayList<>();
    if (!SPEECH.contains(graph.lemma(v))) {
      return out;
    }
    List<Integer> reported = new ArrayList<>(graph.childrenByBase(v, "ccomp"));
    reported.addAll(graph.childrenByBase(v, "parataxis"));
    for (int c : reported) {
      if (graph.isNegated(c)) {
        continue;
      }
      Optional<String> code = graph.children(c, "cop").isEmpty() ? blame(c) : code(c);
      for (int subject : graph.children(c, "nsubj")) {
        code.ifPresent(value -> out.add(new Verdict(value, c, subject)));
      }
    }
    return out;
  }

  /** "said Algiers bore responsibility for the crisis": an accusation (112) of its subject. */
  private Optional<String> blame(int clause) {
    boolean bears = BEARING.contains(graph.lemma(clause));
    boolean responsibility =
        graph.children(clause, "obj").stream()
            .anyMatch(o -> graph.lemma(o).equals("responsibility"));
    return bears && responsibility ? Optional.of("112") : Optional.empty();
  }

  private Optional<String> code(int predicate) {
    if (graph.lemma(predicate).equals("responsible")) {
      // "said Israel was responsible for the blasts"
      return Optional.of("112");
    }
    List<Integer> words = new ArrayList<>(List.of(predicate));
    words.addAll(graph.children(predicate, "amod"));
    for (int w : words) {
      String lemma = graph.lemma(w);
      if (lexicon.inClass("condemnatory", lemma)) {
        return Optional.of("111");
      }
      if (lexicon.inClass("praising", lemma)) {
        return Optional.of("013");
      }
    }
    return Optional.empty();
  }
}
