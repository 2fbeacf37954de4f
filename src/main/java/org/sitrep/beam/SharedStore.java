package org.sitrep.beam;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.store.Store;

/**
 * The worker JVM's open stores, one per URL. Every DoFn instance that saves articles shares its
 * JVM's store and so its connection pool, however often the runner sets the DoFn up; the pool's
 * connections are closed when the JVM's run is over ({@link #closeAll()}) or with the JVM.
 *
 * <pre>{@code Store store = SharedStore.get("jdbc:postgresql://db:5432/sitrep?user=sitrep");}</pre>
 */
public final class SharedStore {
  private static final Map<String, Store> OPEN = new HashMap<>();

  private SharedStore() {}

  /**
   * Opens (and migrates) the store on first use in this JVM.
   *
   * @throws org.sitrep.store.StoreException when it cannot be opened, saying why
   */
  public static synchronized Store get(String where) {
    return OPEN.computeIfAbsent(where, Store::open);
  }

  /** Closes this JVM's stores: after a run on the DirectRunner, or a local Spark or Flink. */
  public static synchronized void closeAll() {
    OPEN.values().forEach(Store::close);
    OPEN.clear();
  }
}
