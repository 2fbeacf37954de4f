package org.sitrep.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.store.Store;

/**
 * A store served read-only by a real {@link ApiServer} on a free local port, and a headless
 * Chromium to look at it: the fixture of the dashboard's browser tests. Closing it closes all
 * three, the store last.
 */
final class DashboardSite implements AutoCloseable {
  final HeadlessChromium browser;

  /** The site's root, "http://127.0.0.1:PORT", without a trailing slash. */
  final String base;

  private final Store store;
  private final ApiServer server;

  private DashboardSite(Store store, ApiServer server, HeadlessChromium browser) {
    this.store = store;
    this.server = server;
    this.browser = browser;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** Serves {@code store}, which the site then owns; the browser keeps its files in {@code dir}. */
  static DashboardSite serve(Store store, Path dir) throws IOException {
    ApiServer server = null;
    try {
      server =
          ApiServer.start(
              store,
              () -> {
                throw new AssertionError("the dashboard must not post articles");
              },
              new ApiServer.Options("127.0.0.1", 0, Optional.empty()));
      return new DashboardSite(store, server, HeadlessChromium.start(dir));
    } catch (IOException | RuntimeException e) {
      if (server != null) {
        server.close();
      }
      store.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try (store;
        server) {
      browser.close();
    }
  }
}
