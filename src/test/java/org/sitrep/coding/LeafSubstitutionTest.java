package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeafSubstitutionTest {
  @Test
  void aPronounBecomesTheNameItStandsForAndIndexesMapBack() {
    LeafSubstitution s =
        LeafSubstitution.apply(
            "(ROOT (S (NP (PRP He)) (VP (VBD met) (NP (NNP Putin)))))",
            Map.of(0, List.of("Volodymyr", "Zelenskyy")));

    assertThat(s.tree())
        .isEqualTo(
            "(ROOT (S (NP (NNP Volodymyr) (NNP Zelenskyy)) (VP (VBD met) (NP (NNP Putin)))))");
    assertThat(s.original(0)).isZero();
    assertThat(s.original(1)).isZero();
    assertThat(s.original(2)).isEqualTo(1);
    assertThat(s.original(3)).isEqualTo(2);
    assertThat(s.original(-1)).isEqualTo(-1);
  }

  @Test
  void withoutReplacementsTheTreeIsUnchanged() {
    String tree = "(ROOT (S (NP (NNP Kyiv)) (VP (VBD rejected) (NP (DT the) (NN plan))) (. .)))";
    assertThat(LeafSubstitution.apply(tree, Map.of()).tree()).isEqualTo(tree);
  }
}
