package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.QuadClass;
import org.sitrep.model.Sentence;

/** The synthetic articles of {@code bench-store}. */
class SyntheticArticlesTest {

  @Test
  void theSameSeedGivesTheSameArticles() {
    assertThat(articles(7, 20)).isEqualTo(articles(7, 20));
    assertThat(articles(7, 3)).isNotEqualTo(articles(8, 3));
  }

  @Test
  void eventsHaveKnownCodesDatesInRangeAndTheirOwnSentence() {
    GoldsteinScale scale = GoldsteinScale.gdelt();
    List<CodedArticle> articles = articles(3, 50);
    assertThat(articles)
        .allSatisfy(
            coded -> {
              String text = coded.article().text();
              assertThat(coded.events()).hasSizeBetween(12, 28);
              for (Sentence s : coded.sentences()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
              }
              for (Event e : coded.events()) {
                assertThat(scale.lists(e.code().value())).as(e.code().value()).isTrue();
                assertThat(e.goldstein()).hasValue(scale.score(e.code().value()).getAsDouble());
                assertThat(e.quadClass()).hasValue(QuadClass.of(e.code().value()).number());
                assertThat(e.date())
                    .isBetween(SyntheticWorld.FIRST_DAY, SyntheticWorld.LAST_DAY)
                    .isBeforeOrEqualTo(coded.article().published().orElseThrow());
                assertThat(text.substring(e.evidence().start(), e.evidence().end()))
                    .isEqualTo(e.evidence().text());
                assertThat(coded.sentences().get(e.sentence()).text())
                    .isEqualTo(e.evidence().text());
                assertThat(e.source().code())
                    .isNotEqualTo(e.target().map(t -> t.code()).orElse(ActorCode.NONE));
              }
              coded
                  .quotes()
                  .forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
            });
  }

  @Test
  void anArticleHoldsNoMoreEventsThanAskedFor() {
    assertThat(new SyntheticArticles(1).next(5).events()).hasSize(5);
  }

  private static List<CodedArticle> articles(long seed, int count) {
    SyntheticArticles made = new SyntheticArticles(seed);
    List<CodedArticle> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      articles.add(made.next(1000));
    }
    return articles;
  }
}
