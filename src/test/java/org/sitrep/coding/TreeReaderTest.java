package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreeReaderTest {

  @Test
  void readsWordsAndSpansOfATree() {
    ParseTree root =
        TreeReader.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor)))))");

    assertThat(root.words()).containsExactly("Arnor", "left", "Gondor");
    ParseTree vp = root.children().get(0).children().get(1);
    assertThat(vp.label()).isEqualTo("VP");
    assertThat(vp.first()).isEqualTo(1);
    assertThat(vp.end()).isEqualTo(3);
    assertThat(root.dominates(vp.children().get(0))).isTrue();
  }

  @Test
  void readsCoreNlpNodesAndUnlabelledRoots() {
    ParseTree root =
        TreeReader.read(
            "( (S (NP (NML (NNP President) (HYPH -) (NNP elect)) (NNP Trump)) (VP (VBD spoke))))");

    assertThat(root.label()).isEqualTo("ROOT");
    assertThat(root.words()).containsExactly("President", "-", "elect", "Trump", "spoke");
  }

  @Test
  void reportsAMissingClosingBracketWithItsPosition() {
    assertThatThrownBy(() -> TreeReader.read("(ROOT (S (NP (NNP Arnor))\n (VP (VBD left))"))
        .isInstanceOf(TreeSyntaxException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("end of text");
  }

  @Test
  void rejectsTextAfterTheTree() {
    assertThatThrownBy(() -> TreeReader.read("(ROOT (NP (NNP A))) (NP (NNP B))"))
        .isInstanceOf(TreeSyntaxException.class)
        .hasMessageContaining("after the tree");
  }

  @Test
  void rejectsAnEmptyTree() {
    assertThatThrownBy(() -> TreeReader.read("  \n "))
        .isInstanceOf(TreeSyntaxException.class)
        .hasMessageContaining("empty");
  }
}
