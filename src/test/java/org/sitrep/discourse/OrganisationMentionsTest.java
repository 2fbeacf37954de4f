package org.sitrep.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;

/**
 * Organisations and group nouns as CoreNLP tokenizes and tags them (hyphens, possessives,
 * parentheses), found and coded by {@link MentionFinder}: one mention per organisation, with the
 * country named with it.
 */
@NeedsModels
class OrganisationMentionsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 23);
  private static final String TEXT =
      "Ukraine's National Anti-Corruption Bureau said it had charged a former deputy minister. "
          + "Russia's mission to the UN called the raid a provocation. "
          + "Thousands of Serbs marched through Belgrade on Saturday. "
          + "China's Eastern Theater Command said its forces held drills near Taiwan. "
          + "The prosecutor general's office opened a case against Gazprom.";

  private static List<List<Mention>> mentions;

  @BeforeAll
  static void annotate() {
    Article article =
        new Article(
            "orgs",
            Optional.of(PUBLISHED),
            Optional.empty(),
            Optional.empty(),
            TEXT,
            Optional.empty(),
            "orgs");
    AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article);
    MentionFinder finder = new MentionFinder(new ActorCoder(Dictionaries.current()));
    mentions = new ArrayList<>();
    for (AnnotatedSentence sentence : annotated.sentences()) {
      mentions.add(finder.find(sentence, PUBLISHED));
    }
  }

  /** The code of the mention of sentence {@code sentence} whose words hold {@code word}. */
  private static String codeOf(int sentence, String word) {
    return mentions.get(sentence).stream()
        .filter(m -> m.words().contains(word))
        .findFirst()
        .flatMap(Mention::code)
        .orElse("(no mention of " + word + " in " + mentions.get(sentence) + ")");
  }

  @Test
  void organisationsAndGroupsAreCodedWithTheirCountry() {
    assertThat(mentions).hasSize(5);
    assertThat(codeOf(0, "Bureau")).isEqualTo("UKRCOP");
    assertThat(codeOf(1, "mission")).isEqualTo("RUSGOV");
    assertThat(codeOf(2, "Serbs")).isEqualTo("SRBCVL");
    assertThat(codeOf(3, "Command")).isEqualTo("CHNMIL");
    assertThat(codeOf(4, "office")).isEqualTo("---JUD");
    assertThat(codeOf(4, "Gazprom")).isEqualTo("RUSBUS");
  }
}
