package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.store.Articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;

/**
 * What every store must do, run on SQLite ({@link SqliteStoreTest}) and on a real PostgreSQL
 * ({@link PostgresStoreTest}): keep articles whole and once, and answer filtered, paged queries.
 */
abstract class StoreContract {
  /** Rounds of two writers at once; unfixed, PostgreSQL failed both tests within a few rounds. */
  private static final int RACES = 50;

  protected Store store;

  /** A fresh, empty store. */
  abstract Store open();

  /** A second store on the database {@link #open()} made: another process writing to it. */
  abstract Store openAgain();

  void close() {}

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    // no store when open() skipped the test (no PostgreSQL here)
    if (store != null) {
      store.close();
    }
    close();
  }

  static final CodedArticle KYIV =
      article("kyiv-1", "2024-11-11", "Kyiv Wire")
          .event(
              "Russia launched 145 drones at Ukraine overnight.",
              "2024-11-10",
              "RUSMIL",
              "UKR",
              "195",
              4,
              -10.0,
              Optional.of(new Quantity(145, "drones", "145 drones")),
              Optional.of(
                  new Location(
                      "Kyiv", "UKR", 50.45, 30.52, 703448, PlaceType.CITY, LocationRule.CLAUSE)))
          .event(
              "Zelensky thanked Poland for its help.", "2024-11-10", "UKRGOV", "POL", "051", 1, 3.4)
          .quote("\"The signals are positive,\" Peskov said.", "Dmitry Peskov", "RUSGOV")
          .event(
              "The Kremlin said Trump called Putin.",
              "2024-11-07",
              "USAELI",
              "RUSGOV",
              "040",
              1,
              1.0)
          .coded();

  static final CodedArticle WASHINGTON =
      article("wash-1", "2024-12-02", "Capitol Daily")
          .event(
              "Biden approved $6 billion of aid for Ukraine.",
              "2024-12-01",
              "USAGOV",
              "UKR",
              "071",
              2,
              7.4)
          .event("Russia condemned the decision.", "2024-12-01", "RUS", "USAGOV", "122", 3, -4.0)
          .event("Moscow threatened to respond.", "2024-12-02", "RUSGOV", "", "130", 3, -4.4)
          .quote("A speech with no speaker.", "", null)
          .coded();

  @Test
  void storesAnArticleWithEverythingCodedFromIt() {
    assertThat(store.save(KYIV)).isTrue();

    StoredArticle stored = store.article("kyiv-1").orElseThrow();
    assertThat(stored.article()).isEqualTo(KYIV.article());
    assertThat(stored.sentences()).isEqualTo(KYIV.sentences());
    assertThat(stored.events()).extracting(StoredEvent::event).isEqualTo(KYIV.events());
    assertThat(stored.events())
        .allSatisfy(
            e -> {
              assertThat(e.outlet()).contains("Kyiv Wire");
              assertThat(e.url()).contains("https://example.org/kyiv-1");
            });
    assertThat(stored.quotes()).extracting(StoredQuote::quote).isEqualTo(KYIV.quotes());
  }

  @Test
  void readsBackAbsentValuesAsAbsent() {
    store.save(WASHINGTON);

    Event threat = only(EventFilter.of(Map.of("code", "130")));
    assertThat(threat.target()).isEmpty();
    assertThat(threat.quantity()).isEmpty();
    assertThat(threat.claimedBy()).isEmpty();
    assertThat(threat.location()).isEmpty();
    Quote unattributed = store.article("wash-1").orElseThrow().quotes().get(0).quote();
    assertThat(unattributed.speakerCode()).isEmpty();
  }

  @Test
  void reIngestingTheSameArticleChangesNothing() {
    store.save(KYIV);
    List<StoredEvent> before = all(EventFilter.ALL);

    assertThat(store.save(KYIV)).isFalse();

    assertThat(all(EventFilter.ALL)).isEqualTo(before);
    assertThat(store.actors(Optional.empty(), 100))
        .filteredOn(a -> a.code().equals("RUSMIL"))
        .singleElement()
        .extracting(ActorSummary::events)
        .isEqualTo(1L);
  }

  @Test
  void theSameTextUnderAnotherIdIsTheSameArticle() {
    store.save(KYIV);
    CodedArticle copy =
        new CodedArticle(
            new org.sitrep.model.Article(
                "other-id",
                KYIV.article().published(),
                Optional.of("Another Outlet"),
                Optional.empty(),
                KYIV.article().text(),
                Optional.empty(),
                "copy.json"),
            KYIV.sentences(),
            List.of(),
            List.of(),
            0);

    assertThat(store.contains(copy.article())).isTrue();
    assertThat(store.save(copy)).isFalse();
    assertThat(store.article("other-id")).isEmpty();
  }

  @Test
  void anArticleThatFailsHalfwayLeavesNothingBehind() {
    // A quote of another article breaks the foreign key after the article and its events are in.
    CodedArticle broken =
        new CodedArticle(
            WASHINGTON.article(),
            WASHINGTON.sentences(),
            WASHINGTON.events(),
            List.of(new Quote("no-such-article", "x", Optional.empty(), "text", 0, 4)),
            3);

    assertThatThrownBy(() -> store.save(broken)).isInstanceOf(StoreException.class);

    assertThat(store.article("wash-1")).isEmpty();
    assertThat(all(EventFilter.ALL)).isEmpty();
    assertThat(store.actors(Optional.empty(), 100)).isEmpty();
    assertThat(store.save(WASHINGTON)).isTrue();
  }

  @Test
  void twoWritersSavingOneArticleAtOnceStoreItOnceAndBothGoOn() throws Exception {
    // Both check that the article is not stored, then both insert it: the second must find it
    // stored (by id in even rounds, by text under another id in odd ones), not fail.
    try (Store other = openAgain()) {
      for (int round = 0; round < RACES; round++) {
        String sentence = "Race " + round + ": Russia struck Ukraine.";
        CodedArticle first =
            article("race-" + round, "2024-11-11", "Wire")
                .event(sentence, "2024-11-10", "RUS", "UKR", "190", 4, -10)
                .coded();
        CodedArticle second =
            round % 2 == 0
                ? first
                : article("copy-" + round, "2024-11-11", "Wire")
                    .event(sentence, "2024-11-10", "RUS", "UKR", "190", 4, -10)
                    .coded();

        assertThat(atOnce(() -> store.save(first), () -> other.save(second)))
            .as("round %d", round)
            .containsExactlyInAnyOrder(true, false);
      }
    }
    // each round's article is stored once: RACES reports of one strike, merged as they came
    assertThat(all(EventFilter.ALL)).hasSize(1);
    assertThat(all(EventFilter.ALL).get(0).coverage().mentions()).isEqualTo(RACES);
    assertThat(store.actors(Optional.of("RUS"), 1).get(0).events()).isEqualTo(RACES);
  }

  @Test
  void twoWritersCountingTheSameActorsInOppositeOrderBothStore() throws Exception {
    // Each article adds to the counts of RUS and UKR, one in that order, one in the other: the
    // two transactions must not each hold one actor's row while waiting for the other's.
    try (Store other = openAgain()) {
      for (int round = 0; round < RACES; round++) {
        CodedArticle forth =
            article("forth-" + round, "2024-11-11", "Wire")
                .event("Forth " + round + ".", "2024-11-10", "RUS", "UKR", "190", 4, -10)
                .coded();
        CodedArticle back =
            article("back-" + round, "2024-11-11", "Wire")
                .event("Back " + round + ".", "2024-11-10", "UKR", "RUS", "190", 4, -10)
                .coded();

        assertThat(atOnce(() -> store.save(forth), () -> other.save(back)))
            .as("round %d", round)
            .containsExactly(true, true);
      }
    }
    assertThat(store.actors(Optional.of("UKR"), 1).get(0).events()).isEqualTo(2L * RACES);
  }

  /** Runs both at the same instant, on two threads, and gives their answers. */
  private static List<Boolean> atOnce(Callable<Boolean> one, Callable<Boolean> two)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      Future<Boolean> first =
          pool.submit(
              () -> {
                start.await();
                return one.call();
              });
      Future<Boolean> second =
          pool.submit(
              () -> {
                start.await();
                return two.call();
              });
      return List.of(first.get(), second.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anActorMatchesEitherSideByCodePrefix() {
    saveBoth();

    assertThat(codes(Map.of("actor", "RUS"))).containsExactlyInAnyOrder("195", "040", "122", "130");
    assertThat(codes(Map.of("actor", "rusgov"))).containsExactlyInAnyOrder("040", "130");
    assertThat(codes(Map.of("source", "RUS", "target", "UKR"))).containsExactly("195");
    assertThat(codes(Map.of("target", "USA"))).containsExactly("122");
  }

  @Test
  void filtersByCountryCodeRootQuadDatesOutletAndArticle() {
    saveBoth();

    assertThat(codes(Map.of("country", "POL"))).containsExactly("051");
    assertThat(codes(Map.of("code", "19"))).containsExactly("195");
    assertThat(codes(Map.of("code", "0"))).containsExactlyInAnyOrder("051", "040", "071");
    assertThat(codes(Map.of("root", "12"))).containsExactly("122");
    assertThat(codes(Map.of("quad", "3"))).containsExactlyInAnyOrder("122", "130");
    assertThat(codes(Map.of("from", "2024-11-08", "to", "2024-12-01")))
        .containsExactlyInAnyOrder("195", "051", "071", "122");
    assertThat(codes(Map.of("outlet", "Capitol Daily")))
        .containsExactlyInAnyOrder("071", "122", "130");
    assertThat(codes(Map.of("article", "kyiv-1"))).containsExactlyInAnyOrder("195", "051", "040");
  }

  @Test
  void aCountryMatchesThePlaceOfAnEventToo() {
    store.save(
        article("located", "2024-11-11", "Wire")
            .event(
                "Belarus hosted talks in Kyiv.",
                "2024-11-10",
                "BLR",
                "BLRGOV",
                "043",
                1,
                2.8,
                Optional.empty(),
                Optional.of(
                    new Location(
                        "Kyiv", "UKR", 50.45, 30.52, 703448, PlaceType.CITY, LocationRule.CLAUSE)))
            .coded());

    assertThat(codes(Map.of("country", "UKR"))).containsExactly("043");
  }

  @Test
  void pagesWalkEveryEventOnceNewestFirst() {
    for (int i = 0; i < 7; i++) {
      String day = String.format(java.util.Locale.ROOT, "2024-11-%02d", 10 + 2 * i); // apart
      store.save(
          article("a" + i, day, "Wire")
              .event("Day " + i + " first.", day, "RUS", "UKR", "190", 4, -10)
              .event("Day " + i + " second.", day, "UKR", "RUS", "190", 4, -10)
              .coded());
    }
    List<StoredEvent> walked = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    int pages = 0;
    do {
      Page<StoredEvent> page =
          store.events(EventFilter.of(Map.of("code", "190")), new PageRequest(3, cursor));
      walked.addAll(page.items());
      cursor = page.next();
      pages++;
    } while (cursor.isPresent());

    assertThat(pages).isEqualTo(5);
    assertThat(walked).hasSize(14).doesNotHaveDuplicates();
    assertThat(walked)
        .extracting(e -> e.event().date())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(walked)
        .isEqualTo(
            store.events(EventFilter.of(Map.of("code", "190")), PageRequest.first(500)).items());
  }

  @Test
  void aForgedCursorIsRefused() {
    assertThatThrownBy(
            () -> store.events(EventFilter.ALL, new PageRequest(5, Optional.of("not-a-cursor!"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void countsEventsPerDayByQuadClassWithTheirMeanGoldstein() {
    saveBoth();

    List<DailyCount> days = store.daily(EventFilter.ALL);

    assertThat(days)
        .extracting(DailyCount::date)
        .containsExactly("2024-11-07", "2024-11-10", "2024-12-01", "2024-12-02");
    DailyCount dec1 = days.get(2);
    assertThat(dec1.events()).isEqualTo(2);
    assertThat(dec1.byQuad()).containsEntry(2, 1L).containsEntry(3, 1L);
    assertThat(dec1.meanGoldstein().getAsDouble())
        .isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void countsDyadsAndPlaces() {
    saveBoth();
    store.save(
        article("more", "2024-12-03", "Wire")
            .event("Russia struck Ukraine again.", "2024-12-03", "RUSMIL", "UKR", "190", 4, -10.0)
            .coded());

    List<DyadCount> dyads = store.dyads(EventFilter.ALL, 2);

    assertThat(dyads).hasSize(2);
    assertThat(dyads.get(0))
        .isEqualTo(
            new DyadCount(
                "RUSMIL",
                "UKR",
                "Russia military",
                "Ukraine",
                2,
                java.util.OptionalDouble.of(-10.0)));
    assertThat(store.places(EventFilter.ALL))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Kyiv");
              // the dashboard tells real places from country centroids by it
              assertThat(p.type()).isEqualTo("city");
            });
  }

  @Test
  void keepsActorCountsAcrossArticles() {
    saveBoth();

    ActorSummary usagov = store.actors(Optional.of("USAGOV"), 10).get(0);
    assertThat(usagov.events()).isEqualTo(2);
    assertThat(usagov.asSource()).isEqualTo(1);
    assertThat(usagov.asTarget()).isEqualTo(1);
    assertThat(store.actors(Optional.of("rus"), 10))
        .extracting(ActorSummary::code)
        .contains("RUS", "RUSGOV", "RUSMIL");
  }

  @Test
  void listsActorsByTheirCodesNamesAndKeepsEachEventsOwn() {
    ActorRef kremlin = ActorRef.of("RUSGOV", "the Kremlin war machine", "Kremlin");
    // a code the CAMEO tables cannot name is listed by its events' name
    ActorRef unnamed = ActorRef.of("XYZQQQ", "MONDAY", "Monday group");
    store.save(
        article("names-1", "2024-12-05", "Wire")
            .event("The Kremlin war machine struck on MONDAY.", "2024-12-05", kremlin, unnamed)
            .coded());

    Event event = only(EventFilter.of(Map.of("article", "names-1")));
    assertThat(event.source()).isEqualTo(kremlin);
    assertThat(event.target()).contains(unnamed);
    assertThat(event.claimedBy()).contains(kremlin);
    assertThat(store.actors(Optional.of("government"), 10))
        .extracting(ActorSummary::code, ActorSummary::name)
        .containsExactly(tuple("RUSGOV", "Russia government"));
    assertThat(store.actors(Optional.of("XYZ"), 10))
        .extracting(ActorSummary::name)
        .containsExactly("Monday group");
    assertThat(store.dyads(EventFilter.ALL, 10))
        .extracting(DyadCount::sourceName, DyadCount::targetName)
        .containsExactly(tuple("Russia government", "Monday group"));
  }

  @Test
  void filtersQuotesBySpeakerWordsAndArticle() {
    saveBoth();

    assertThat(quotes(Map.of("speaker", "RUS")))
        .extracting(Quote::speakerText)
        .containsExactly("Dmitry Peskov");
    assertThat(quotes(Map.of("q", "NO SPEAKER")))
        .extracting(Quote::article)
        .containsExactly("wash-1");
    assertThat(quotes(Map.of("q", "100%_"))).isEmpty();
    assertThat(quotes(Map.of("article", "kyiv-1", "outlet", "Kyiv Wire"))).hasSize(1);
  }

  @Test
  void listsArticlesNewestFirstWithTheirEventCounts() {
    saveBoth();

    Page<ArticleSummary> page = store.articles(ArticleFilter.of(Map.of()), PageRequest.first(1));

    assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("wash-1");
    assertThat(page.items().get(0).events()).isEqualTo(3);
    Page<ArticleSummary> next =
        store.articles(ArticleFilter.of(Map.of()), new PageRequest(1, page.next()));
    assertThat(next.items()).extracting(ArticleSummary::id).containsExactly("kyiv-1");
    assertThat(next.next()).isEmpty();
  }

  @Test
  void refusesFiltersItCannotRead() {
    assertThatThrownBy(() -> EventFilter.of(Map.of("actor", "RUS'; DROP TABLE events; --")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> EventFilter.of(Map.of("from", "yesterday")))
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> EventFilter.of(Map.of("colour", "red")))
        .hasMessageContaining("unknown filter");
  }

  @Test
  void boundValuesAreNeverSql() {
    saveBoth();

    assertThat(codes(Map.of("outlet", "x' OR '1'='1"))).isEmpty();
    assertThat(codes(Map.of("article", "kyiv-1' --"))).isEmpty();
    assertThat(all(EventFilter.ALL)).hasSize(6);
  }

  private void saveBoth() {
    store.save(KYIV);
    store.save(WASHINGTON);
  }

  private List<String> codes(Map<String, String> filter) {
    return all(EventFilter.of(filter)).stream().map(e -> e.event().code().value()).toList();
  }

  private Event only(EventFilter filter) {
    List<StoredEvent> events = all(filter);
    assertThat(events).hasSize(1);
    return events.get(0).event();
  }

  private List<StoredEvent> all(EventFilter filter) {
    return store.events(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  private List<Quote> quotes(Map<String, String> filter) {
    return store.quotes(QuoteFilter.of(filter), PageRequest.first(100)).items().stream()
        .map(StoredQuote::quote)
        .toList();
  }
}
