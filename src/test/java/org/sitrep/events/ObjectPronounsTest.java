package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.HandParsed;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/** An object "them" stands for the latest other actor, not its verb's doer. */
class ObjectPronounsTest {
  private static final Map<String, String> CODES =
      Map.of("France", "FRAGOV", "Algeria", "DZAGOV", "police", "COLCOP", "Protesters", "COLCVL");

  private static int at(DependencyGraph g, String text) {
    for (int k = 0; k < g.size(); k++) {
      if (g.word(k).text().equals(text)) {
        return k;
      }
    }
    throw new AssertionError(text);
  }

  private static Optional<Found> covering(DependencyGraph g, int k) {
    String code = CODES.get(g.word(k).text());
    return Optional.ofNullable(code).map(c -> new Found(ActorCode.of(c), k, g.word(k).text()));
  }

  private static List<Found> antecedent(DependencyGraph g) {
    return ObjectPronouns.antecedent(
        g, at(g, "them"), k -> covering(g, k).map(List::of).orElse(List.of()), k -> covering(g, k));
  }

  @Test
  void anAppealJoinedToAReportedClauseIsMadeToTheReportedParty() {
    DependencyGraph g =
        HandParsed.graph(
            "France/NNP/COUNTRY said/VBD/O/say Algeria/NNP/COUNTRY erred/VBD/O/err and/CC"
                + " urged/VBD/O/urge them/PRP/O/they to/TO talk/VB .",
            "(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (NNP Algeria)) (VP (VP (VBD"
                + " erred)) (CC and) (VP (VBD urged) (NP (PRP them)) (S (VP (TO to) (VP (VB"
                + " talk))))))))) (. .)))");

    assertThat(antecedent(g)).extracting(f -> f.code().value()).containsExactly("DZAGOV");
  }

  @Test
  void anObjectIsNotItsOwnVerbsDoer() {
    DependencyGraph g =
        HandParsed.graph(
            "Protesters/NNS/O/protester said/VBD/O/say police/NNS/O/police beat/VBD/O/beat"
                + " them/PRP/O/they .",
            "(ROOT (S (NP (NNS Protesters)) (VP (VBD said) (SBAR (S (NP (NNS police)) (VP (VBD"
                + " beat) (NP (PRP them)))))) (. .)))");

    assertThat(antecedent(g)).extracting(f -> f.code().value()).containsExactly("COLCVL");
  }

  @Test
  void aSubjectTheyIsLeftToTheSpeaker() {
    DependencyGraph g =
        HandParsed.graph(
            "France/NNP/COUNTRY said/VBD/O/say they/PRP/O/they would/MD talk/VB .",
            "(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (PRP they)) (VP (MD would)"
                + " (VP (VB talk)))))) (. .)))");

    assertThat(ObjectPronouns.antecedent(g, at(g, "they"), k -> List.of(), k -> covering(g, k)))
        .isEmpty();
  }
}
