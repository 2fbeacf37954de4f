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

  @Test
  void theTitleOfADescriptionMustBeThePersonsRole() {
    DiscourseDraft d =
        discourse(
            "Kenya sent police. President William Ruto spoke. Jomo Kiprono, the commander of the"
                + " army, was killed. The president then ordered an inquiry.",
            "Kenya/NNP/LOCATION sent/VBD/O/send police/NN .",
            "President/NNP William/NNP/PERSON Ruto/NNP/PERSON spoke/VBD/O/speak .",
            "Jomo/NNP/PERSON Kiprono/NNP/PERSON , the/DT commander/NN of/IN the/DT army/NN ,"
                + " was/VBD/O/be killed/VBN/O/kill .",
            "The/DT president/NN then/RB ordered/VBD/O/order an/DT inquiry/NN .");
    PersonDescriptions.resolve(d);
    NameResolver.resolve(d);

    assertThat(HandBuilt.mention(d, 2, "Jomo Kiprono").resolved().code()).hasValue("KENMIL");
    assertThat(HandBuilt.mention(d, 3, "president").resolved().code()).hasValue("KENGOV");
  }
}
