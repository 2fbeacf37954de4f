package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: a SQLite file. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path folder;

  @Override
  Store open() {
    return Store.open(folder.resolve("sitrep.db").toString());
  }

  @Override
  Store openAgain() {
    return open();
  }

  @Test
  void keepsWhatWasStoredWhenOpenedAgain() {
    store.save(KYIV);

    try (Store reopened = Store.open(folder.resolve("sitrep.db").toString())) {
      assertThat(reopened.article("kyiv-1")).isPresent();
      assertThat(reopened.save(KYIV)).isFalse();
    }
  }

  @Test
  void twoWritersOnOneFileBothStoreEverything() throws Exception {
    Store other = Store.open(folder.resolve("sitrep.db").toString());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Store writer = i % 2 == 0 ? store : other;
        org.sitrep.model.CodedArticle article =
            Articles.article("w" + i, "2024-11-11", "Wire")
                .event("Event number " + i + ".", "2024-11-10", "RUS", "UKR", "190", 4, -10)
                .coded();
        writes.add(pool.submit(() -> writer.save(article)));
      }
      for (java.util.concurrent.Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
      other.close();
    }

    // the same strike, reported twenty times by one outlet: one event, every report kept
    var events = store.events(EventFilter.ALL, PageRequest.first(100)).items();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).coverage().mentions()).isEqualTo(20);
    assertThat(events.get(0).coverage().articles()).isEqualTo(20);
    assertThat(events.get(0).coverage().sources()).isEqualTo(1);
    assertThat(store.mentions(events.get(0).id())).hasSize(20);
  }

  @Test
  void saysWhyAFileThatIsNotAStoreCannotBeOpened() throws Exception {
    Path notAStore = folder.resolve("notes.db");
    Files.writeString(notAStore, "these are my notes, not a database");

    assertThatThrownBy(() -> Store.open(notAStore.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.db");
  }

  @Test
  void saysWhichFolderIsMissing() {
    assertThatThrownBy(() -> Store.open(folder.resolve("no/such/folder/x.db").toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void refusesADatabaseItDoesNotKnow() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/x"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported database");
  }
}
