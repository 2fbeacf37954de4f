package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.discourse.HandBuilt.discourse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare name resolves to the article's earlier full name, surname last or family name first. */
class NameResolverTest {

  private static List<String> persons(DiscourseDraft d) {
    return d.sentences().stream()
        .flatMap(s -> d.mentions(s.index()).stream())
        .filter(m -> m.kind() == Mention.Kind.PERSON)
        .map(m -> m.text() + "=" + m.resolved().code().orElse("?"))
        .toList();
  }

  @Test
  void aFamilyNameWrittenFirstIsTheSurname() {
    DiscourseDraft d =
        discourse(
            "President Yoon Suk Yeol declared martial law. Yoon said it was needed.",
            "President/NNP Yoon/NNP/PERSON Suk/NNP/PERSON Yeol/NNP/PERSON declared/VBD/O/declare"
                + " martial/JJ law/NN .",
            "Yoon/NNP/PERSON said/VBD/O/say it/PRP was/VBD/O/be needed/VBN/O/need .");
    NameResolver.resolve(d);

    assertThat(persons(d)).last().isEqualTo("Yoon=KORGOV");
  }

  @Test
  void aGivenNameWrittenAloneIsThePerson() {
    DiscourseDraft d =
        discourse(
            "Malaysian Prime Minister Anwar Ibrahim hosted the talks. Anwar spoke.",
            "Malaysian/JJ/MISC Prime/NNP Minister/NNP Anwar/NNP/PERSON Ibrahim/NNP/PERSON"
                + " hosted/VBD/O/host the/DT talks/NNS .",
            "Anwar/NNP/PERSON spoke/VBD/O/speak .");
    NameResolver.resolve(d);

    assertThat(persons(d)).last().isEqualTo("Anwar=MYSGOV");
  }
}
