package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.store.Articles.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.merge.Disagreement;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quantity;

/** One event, many reports: the same contract on SQLite and PostgreSQL. */
abstract class MentionsContract {
  private Store store;

  /** A fresh, empty database's URL: another each call. */
  abstract String emptyDatabase();

  void close() {}

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
    close();
  }

  private static CodedArticle strike(String id, String outlet, String sentence, int drones) {
    return article(id, "2025-03-08", outlet)
        .event(
            sentence,
            "2025-03-07",
            "RUSMIL",
            "UKR",
            "195",
            4,
            -10,
            Optional.of(new Quantity(drones, "drones", drones + " drones")),
            Optional.empty())
        .event(
            "Ukraine's foreign minister condemned Moscow.",
            "2025-03-07",
            "UKRGOV",
            "RUS",
            "111",
            3,
            -2)
        .coded();
  }

  private static final CodedArticle REUTERS =
      strike("r1", "Reuters", "Russia launched 145 drones at Ukraine overnight.", 145);
  private static final CodedArticle AP =
      strike("ap1", "AP", "Russian forces attacked Ukraine with 145 drones on Friday night.", 145);
  private static final CodedArticle TASS =
      strike("t1", "TASS", "Russian forces struck Ukraine with 112 drones, officials said.", 112);

  private List<StoredEvent> events(Map<String, String> filter) {
    return store.events(EventFilter.of(filter), PageRequest.first(100)).items();
  }

  @Test
  void reportsOfOneEventByThreeOutletsAreOneEventWithItsCounts() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP);

    List<StoredEvent> strikes = events(Map.of("root", "19"));
    assertThat(strikes).hasSize(1);
    StoredEvent strike = strikes.get(0);
    assertThat(strike.coverage().mentions()).isEqualTo(2);
    assertThat(strike.coverage().articles()).isEqualTo(2);
    assertThat(strike.coverage().sources()).isEqualTo(2);
    assertThat(strike.coverage().firstSeen()).hasValue(java.time.LocalDate.of(2025, 3, 8));
    assertThat(strike.coverage().isContested()).isFalse();
    assertThat(store.mentions(strike.id()))
        .extracting(m -> m.outlet().orElseThrow())
        .containsExactly("Reuters", "AP");
    assertThat(store.article("ap1").orElseThrow().events())
        .extracting(StoredEvent::id)
        .contains(strike.id());
    assertThat(events(Map.of())).hasSize(2); // the strike and the condemnation
  }

  @Test
  void anArticleWhoseReportsJoinedEarlierEventsListsThemAll() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP); // both its reports join Reuters' events

    assertThat(store.articles(ArticleFilter.of(Map.of()), PageRequest.first(10)).items())
        .extracting(ArticleSummary::id, ArticleSummary::events)
        .containsExactlyInAnyOrder(tuple("r1", 2L), tuple("ap1", 2L));
  }

  @Test
  void aWriterCountsTheReportsAnotherWriterAddedSinceItLastReadTheEvent() {
    String where = emptyDatabase();
    store = Store.open(where);
    try (Store other = Store.open(where)) {
      other.save(REUTERS);
      store.save(AP); // reads, and keeps, Reuters' reports of the strike
      other.save(TASS); // a third report this writer has not read
      store.save(strike("k1", "Kyiv Independent", "Russia sent 145 drones at Ukraine.", 145));
    }

    StoredEvent strike = events(Map.of("root", "19")).get(0);
    assertThat(strike.coverage().mentions()).isEqualTo(4);
    assertThat(strike.coverage().sources()).isEqualTo(4);
    assertThat(strike.coverage().contested()).containsExactly(Disagreement.QUANTITY);
  }

  private static CodedArticle talks(
      String id, String outlet, String day, String source, String target, String sentence) {
    return article(id, day, outlet).event(sentence, day, source, target, "043", 1, 2.8).coded();
  }

  @Test
  void aReportJoinsItsEventWhicheverWayRoundItNamesTheDyadOrWithNoTarget() {
    store = Store.open(emptyDatabase());
    store.save(talks("t1", "Reuters", "2025-05-16", "RUSGOV", "UKRGOV", "Russia met Ukraine."));
    // talks told the other way round, and with the other side left out, are the same talks
    store.save(talks("t2", "AP", "2025-05-16", "UKRGOV", "RUSGOV", "Ukraine met Russia."));
    store.save(talks("t3", "TASS", "2025-05-16", "RUSGOV", "", "Russian envoys held talks."));
    // the same dyad's talks a week later, and another dyad's the same day, are other events
    store.save(talks("t4", "AP", "2025-05-23", "RUSGOV", "UKRGOV", "Russia met Ukraine again."));
    store.save(talks("t5", "AP", "2025-05-16", "TURGOV", "UKRGOV", "Turkey met Ukraine."));

    List<StoredEvent> all = events(Map.of());
    assertThat(all).hasSize(3);
    StoredEvent istanbul = store.article("t1").orElseThrow().events().get(0);
    assertThat(istanbul.coverage().mentions()).isEqualTo(3);
    assertThat(store.mentions(istanbul.id()))
        .extracting(m -> m.outlet().orElseThrow())
        .containsExactly("Reuters", "AP", "TASS");
  }

  @Test
  void countsEachDaysEventsOnceAndTheReportsAndSourcesThatToldThem() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP);
    store.save(TASS);

    // the strike and the condemnation, each told by all three outlets
    DailyCount day = store.daily(EventFilter.ALL).get(0);
    assertThat(day.date()).isEqualTo("2025-03-07");
    assertThat(day.events()).isEqualTo(2);
    assertThat(day.reports()).isEqualTo(6);
    assertThat(day.sources()).isEqualTo(6);
    assertThat(store.daily(EventFilter.of(Map.of("root", "19"))).get(0).reports()).isEqualTo(3);
  }

  @Test
  void reportsThatDisagreeOnTheFigureAreAContestedEvent() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP);
    store.save(TASS);

    StoredEvent strike = events(Map.of("contested", "true")).get(0);
    assertThat(strike.coverage().contested()).containsExactly(Disagreement.QUANTITY);
    assertThat(strike.coverage().sources()).isEqualTo(3);
    assertThat(events(Map.of("min_sources", "3", "root", "19")))
        .extracting(StoredEvent::id)
        .containsExactly(strike.id());
    assertThat(events(Map.of("contested", "false")))
        .extracting(StoredEvent::id)
        .doesNotContain(strike.id());
  }

  @Test
  void anEventIsFoundByAnyOfItsReportsWordsOutletsAndArticles() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP);
    long strike = events(Map.of("root", "19")).get(0).id();

    assertThat(events(Map.of("q", "Friday night")))
        .extracting(StoredEvent::id)
        .containsExactly(strike);
    assertThat(events(Map.of("outlet", "AP", "root", "19")))
        .extracting(StoredEvent::id)
        .containsExactly(strike);
    assertThat(events(Map.of("article", "ap1", "root", "19")))
        .extracting(StoredEvent::id)
        .containsExactly(strike);
  }

  @Test
  void reIngestingAnArticleAddsNoMention() {
    store = Store.open(emptyDatabase());
    store.save(REUTERS);
    store.save(AP);
    long strike = events(Map.of("root", "19")).get(0).id();

    assertThat(store.save(AP)).isFalse();
    assertThat(store.mentions(strike)).hasSize(2);
    assertThat(store.event(strike).orElseThrow().coverage().mentions()).isEqualTo(2);
  }

  @Test
  void aStoreWrittenBeforeMentionsKeepsEveryEventAsAMention() {
    String old = emptyDatabase();
    Flyway.configure()
        .dataSource(old, null, null)
        .locations(Dialect.of(old).migrations())
        .target("4") // the schema before mentions (V5)
        .load()
        .migrate();
    SchemaV4Writer.save(old, REUTERS);
    SchemaV4Writer.save(old, AP);

    store = Store.open(old);
    List<StoredEvent> migrated = events(Map.of());
    assertThat(migrated).hasSize(4); // stored apart before merging existed, and left so
    for (StoredEvent event : migrated) {
      assertThat(store.mentions(event.id()))
          .singleElement()
          .satisfies(m -> assertThat(m.event()).isEqualTo(event.event()));
      assertThat(event.coverage().mentions()).isEqualTo(1);
      assertThat(event.coverage().firstSeen()).hasValue(java.time.LocalDate.of(2025, 3, 8));
    }
    assertThat(store.article("r1").orElseThrow().events()).hasSize(2);

    store.save(TASS); // a new report joins one of the old events
    assertThat(events(Map.of())).hasSize(4);
    assertThat(events(Map.of("contested", "true"))).hasSize(1);
  }
}
