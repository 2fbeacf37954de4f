package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairTest {
  /** The repaired tags of "word/TAG" items, joined by spaces. */
  private static String repair(String tagged) {
    List<String[]> items = Arrays.stream(tagged.split(" ")).map(i -> i.split("/")).toList();
    return String.join(
        " ",
        TagRepair.repaired(
            items.stream().map(i -> i[0]).toList(), items.stream().map(i -> i[1]).toList()));
  }

  @Test
  void aVerbTagAfterAnArticleIsANoun() {
    assertThat(repair("fired/VBN a/DT drone/VB at/IN Eilat/NNP")).isEqualTo("VBN DT NN IN NNP");
  }

  @Test
  void aVerbTagBetweenAnArticleAndAPastTenseIsTheSubjectNoun() {
    assertThat(repair("when/WRB a/DT drone/VB hit/VBN an/DT apartment/NN block/NN"))
        .isEqualTo("WRB DT NN VBD DT NN NN");
    assertThat(repair("as/IN the/DT shell/VBP struck/VBD")).isEqualTo("IN DT NN VBD");
  }

  @Test
  void aVerbAfterAPronounDeterminerBeforeAPastTenseIsStillAVerb() {
    assertThat(repair("those/DT remain/VBP detained/VBN")).isEqualTo("DT VBP VBN");
  }

  @Test
  void aVerbTagBetweenANumberAndANounIsANoun() {
    assertThat(repair("1,000/CD glide/VBP bombs/NNS")).isEqualTo("CD NN NNS");
  }

  @Test
  void aPluralAfterAPossessiveStaysPlural() {
    assertThat(repair("its/PRP$ attacks/VBZ on/IN Kyiv/NNP")).isEqualTo("PRP$ NNS IN NNP");
  }

  @Test
  void aVerbAfterANumberWithNoNounIsStillAVerb() {
    assertThat(repair("two/CD remain/VBP in/IN custody/NN")).isEqualTo("CD VBP IN NN");
  }

  @Test
  void aComplementizerThatIsNoDeterminer() {
    assertThat(repair("said/VBD that/IN troops/NNS withdraw/VBP ./."))
        .isEqualTo("VBD IN NNS VBP .");
  }

  @Test
  void aSentenceWithoutAFiniteVerbHasItsParticipleAsVerb() {
    assertThat(repair("The/DT US/NNP Treasury/NNP sanctioned/VBN six/CD companies/NNS ./."))
        .isEqualTo("DT NNP NNP VBD CD NNS .");
    assertThat(repair("China/NNP 's/POS military/NN staged/JJ drills/NNS ./."))
        .isEqualTo("NNP POS NN VBD NNS .");
  }

  @Test
  void aParticipleBesideAFiniteVerbStaysAParticiple() {
    assertThat(repair("Troops/NNS stationed/VBN there/RB fired/VBD shells/NNS ./."))
        .isEqualTo("NNS VBN RB VBD NNS .");
  }
}
