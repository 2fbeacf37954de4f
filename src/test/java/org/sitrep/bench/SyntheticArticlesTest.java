package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.QuadClass;
import org.sitrep.model.Sentence;
import org.sitrep.store.DailyCount;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;

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

  @Test
  void followUpsTellEarlierEventsAgainFromAnotherOutletInOtherWords() {
    List<CodedArticle> articles = articles(5, 200);
    int retold = 0;
    Set<String> outletsOfRetold = new HashSet<>();
    for (int i = 1; i < articles.size(); i++) {
      CodedArticle later = articles.get(i);
      for (Event e : later.events()) {
        for (CodedArticle earlier :
            articles.subList(Math.max(0, i - SyntheticArticles.RECENT), i)) {
          boolean same =
              earlier.events().stream()
                  .anyMatch(
                      told ->
                          told.source().equals(e.source())
                              && told.target().equals(e.target())
                              && told.code().equals(e.code())
                              && told.date().equals(e.date())
                              && told.location().equals(e.location())
                              && !told.evidence().text().equals(e.evidence().text()));
          if (same && !earlier.article().outlet().equals(later.article().outlet())) {
            retold++;
            outletsOfRetold.add(later.article().outlet().orElseThrow());
            break;
          }
        }
      }
    }
    int all = articles.stream().mapToInt(a -> a.events().size()).sum();
    // half the articles follow one up, telling about 70% of their events again
    assertThat(retold).isBetween(all / 5, all / 2);
    assertThat(outletsOfRetold).hasSizeGreaterThan(5);
  }

  @Test
  void storedTheyMergeIntoEventsToldByManyOutletsSomeContested(@TempDir Path dir) {
    try (Store store = Store.open(dir.resolve("merged.db").toString())) {
      SyntheticArticles made = new SyntheticArticles(2);
      int mentions = 0;
      for (int i = 0; i < 150; i++) {
        CodedArticle coded = made.next(1000);
        mentions += coded.events().size();
        store.save(coded);
      }
      long events = count(store, EventFilter.ALL);

      assertThat(events).isLessThan(mentions * 4L / 5).isGreaterThan(mentions / 4L);
      assertThat(count(store, EventFilter.of(Map.of("min_sources", "2")))).isPositive();
      assertThat(count(store, EventFilter.of(Map.of("contested", "true")))).isPositive();
    }
  }

  private static long count(Store store, EventFilter filter) {
    return store.daily(filter).stream().mapToLong(DailyCount::events).sum();
  }
}
