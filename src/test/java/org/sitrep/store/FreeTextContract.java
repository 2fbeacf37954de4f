package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Articles.article;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;

/**
 * Free text over events' sentences, alike on SQLite ({@link SqliteFreeTextTest}) and PostgreSQL
 * ({@link PostgresFreeTextTest}): words stemmed, the start of a word a prefix, none dropped, and
 * whatever is typed read as words.
 */
abstract class FreeTextContract {
  static final CodedArticle WORDS =
      article("words", "2024-11-11", "Wire")
          .event(
              "Russia launched 145 drones at Ukraine overnight.",
              "2024-11-10",
              "RUSMIL",
              "UKR",
              "195",
              4,
              -10)
          .event("The EU sanctioned three Russian banks.", "2024-11-10", "EUR", "RUS", "163", 4, -8)
          .event("Negotiations resumed in Geneva.", "2024-11-10", "UKR", "RUS", "036", 1, 4)
          .event("WHO officials met the envoy.", "2024-11-10", "IGOWHO", "UKR", "040", 1, 1)
          .event("भारत ने हिन्दी में बयान दिया।", "2024-11-10", "IND", "PAK", "010", 1, 0)
          .event("Protesters warned the police.", "2024-11-10", "UKR", "", "141", 3, -6.5)
          .coded();

  protected Store store;

  /** A fresh, empty database's URL: another each call. */
  abstract String emptyDatabase();

  void close() {}

  @BeforeEach
  void openStore() {
    store = Store.open(emptyDatabase());
    store.save(WORDS);
  }

  @AfterEach
  void closeStore() {
    if (store != null) { // none when there is no PostgreSQL here
      store.close();
    }
    close();
  }

  @Test
  void findsTheOtherFormsOfAWord() {
    assertThat(codes("drone")).containsExactly("195");
    assertThat(codes("DRONES")).containsExactly("195");
    assertThat(codes("sanction")).containsExactly("163");
    assertThat(codes("sanctions")).containsExactly("163");
    assertThat(codes("negotiate")).containsExactly("036");
    assertThat(codes("official")).containsExactly("040");
    assertThat(codes("warn")).containsExactly("141");
  }

  @Test
  void theStartOfAWordFindsTheWordsItBegins() {
    assertThat(codes("negoti")).containsExactly("036");
    assertThat(codes("russ")).containsExactlyInAnyOrder("195", "163");
    assertThat(codes("genev")).containsExactly("036");
    // a word that is there is that word: "Russia" is not "Russian"
    assertThat(codes("russia")).containsExactly("195");
    // under four letters a word is a word: "war" does not find "warned"
    assertThat(codes("war")).isEmpty();
  }

  @Test
  void countsEveryWordInAnyScriptAndAllOfThem() {
    assertThat(codes("WHO")).containsExactly("040");
    assertThat(codes("the")).containsExactlyInAnyOrder("163", "040", "141");
    assertThat(codes("हिन्दी")).containsExactly("010");
    assertThat(codes("145")).containsExactly("195");
    assertThat(codes("Russia  DRONES overnight")).containsExactly("195");
    assertThat(codes("drones negotiations")).isEmpty();
  }

  @Test
  void readsSearchSyntaxTypedAsWordsNeverAsAnError() {
    assertThat(codes("\"aid\" OR NEAR(x*) -")).isEmpty();
    assertThat(codes("*** ---")).isEmpty();
    assertThat(codes("\\ ' \" : * ( ) < > & | !")).isEmpty();
    assertThat(codes("'drone':* | who")).isEmpty();
    assertThat(codes("who & !officials")).containsExactly("040");
    assertThat(codes("drone*")).containsExactly("195");
    assertThat(codes("negoti:*")).containsExactly("036");
    assertThat(codes("drone'); DROP TABLE sentences; --")).isEmpty();
    assertThat(codes("drone")).containsExactly("195");
  }

  @Test
  void aStoreMadeBeforeStemmingFindsOtherFormsOnceOpened() {
    String old = emptyDatabase();
    Flyway.configure()
        .dataSource(old, null, null)
        .locations(Dialect.of(old).migrations())
        .target("3") // the schema before stemming (V4)
        .load()
        .migrate();
    SchemaV4Writer.save(old, WORDS);

    try (Store reopened = Store.open(old)) {
      assertThat(codes(reopened, "sanctions")).containsExactly("163");
      assertThat(codes(reopened, "negotiate")).containsExactly("036");
      assertThat(codes(reopened, "WHO")).containsExactly("040");
      assertThat(reopened.article("words").orElseThrow().events()).hasSize(6);
    }
  }

  private List<String> codes(String q) {
    return codes(store, q);
  }

  private static List<String> codes(Store store, String q) {
    return store
        .events(EventFilter.of(Map.of("q", q)), PageRequest.first(PageRequest.MAX_LIMIT))
        .items()
        .stream()
        .map(e -> e.event().code().value())
        .toList();
  }
}
