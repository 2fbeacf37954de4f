package org.sitrep.events;

import java.util.Set;
import org.sitrep.clauses.DependencyGraph;

/**
 * The speaker of a speech act joined by "and" to the clause a speaker reports: in "Macron's office
 * said the Algerian authorities bore responsibility and urged them to resume dialogue" the office
 * urged, though the parse hangs "urged" on "bore" and lends it that clause's subject. A second act
 * of speaking after a reported clause is the reporter's in news copy: the reported party rarely
 * urges, warns or vows inside someone else's statement.
 */
final class ReportedConjuncts {
  // verbs that introduce a reported clause
  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "tell",
          "state",
          "announce",
          "add",
          "write",
          "insist",
          "claim",
          "report",
          "confirm",
          "declare",
          "note",
          "stress");
  // acts of speaking that, joined to a reported clause, continue the report; not "threaten" or
  // "deny", which the reported party often does ("said Russia fired ... and threatened more")
  private static final Set<String> SPEECH_ACTS =
      Set.of(
          "urge",
          "warn",
          "call",
          "demand",
          "insist",
          "add",
          "stress",
          "ask",
          "appeal",
          "reiterate",
          "reaffirm",
          "condemn",
          "criticize",
          "criticise",
          "say",
          "tell",
          "announce");

  private ReportedConjuncts() {}

  /**
   * The reporting verb whose subject does speech act {@code v}, when {@code subject} is only lent
   * to {@code v} by the reported clause it is joined to; else -1.
   */
  static int reporter(DependencyGraph graph, int v, int subject) {
    if (!SPEECH_ACTS.contains(graph.lemma(v))) {
      return -1;
    }
    int clause = graph.governor(v, "conj");
    // "said Washington had been told ... and urged Tehran": the reported clause may be passive
    boolean lent =
        clause >= 0
            && (graph.children(clause, "nsubj").contains(subject)
                || graph.children(clause, "nsubj:pass").contains(subject));
    if (clause < 0 || clause >= v || !lent) {
      return -1;
    }
    int reporting = graph.governor(clause, "ccomp");
    if (reporting < 0) {
      // "said Russia's incursions were a provocation and warned ...": a copular clause is often
      // hung on the reporting verb as a bare dep
      reporting = graph.governor(clause, "dep");
    }
    boolean reported =
        reporting >= 0
            && reporting < subject
            && REPORTING.contains(graph.lemma(reporting))
            && !graph.children(reporting, "nsubj").isEmpty();
    return reported ? reporting : -1;
  }
}
