package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.api.ApiServer;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.pipeline.ArticleCoder;
import org.sitrep.store.Store;
import org.sitrep.watch.Sleeper;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the JSON API and the dashboard over the store, until stopped. */
@Command(
    name = "serve",
    description =
        "Serves the JSON API (/api, described at /api/openapi.json) and the dashboard (/) over the"
            + " store until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @SuppressWarnings("NullAway.Init") // picocli always sets it: it has a defaultValue
  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(
      names = "--token",
      description =
          "Allows POST /api/articles with Authorization: Bearer TOKEN"
              + " (default: $SITREP_TOKEN; with neither, posting is off).")
  @Nullable String token;

  @Option(
      names = "--watch",
      paramLabel = "FEEDS",
      description =
          "Also watch these feeds while serving, as `sitrep watch` does: a feed URL, or a file of"
              + " them one a line (repeatable). The dashboard shows their health.")
  List<String> watch = new ArrayList<>();

  @Mixin WatchOptions watchOptions;

  @Override
  public Integer call() throws InterruptedException {
    List<String> feeds = watchedFeeds();
    Store opened = store.open();
    Optional<String> secret =
        Optional.ofNullable(token)
            .or(() -> Optional.ofNullable(System.getenv("SITREP_TOKEN")))
            .filter(t -> !t.isBlank());
    ApiServer server;
    try {
      server =
          ApiServer.start(
              opened,
              () -> new ArticleCoder(CoreNlpAnnotator.shared(), Dictionaries.current()),
              new ApiServer.Options(host, port, secret));
    } catch (RuntimeException e) {
      throw new UserError(
          "cannot listen on "
              + host
              + ":"
              + port
              + ": "
              + rootMessage(e)
              + " (is another server on that port? try --port 0)");
    }
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    // stdout: scripts (and the browser test) read the address from here
    System.out.println(
        "sitrep: serving " + opened.describe() + " at http://" + shown + ":" + server.port() + "/");
    System.out.flush();
    System.err.println(
        "sitrep: posting articles is "
            + (secret.isPresent()
                ? "on (token given; the language models load in the background,"
                    + " GET /api/health says when they are ready)"
                : "off (no --token)")
            + "; Ctrl-C stops");
    if (!feeds.isEmpty()) {
      startWatching(opened, feeds);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  opened.close();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCodes.OK;
  }

  /** Each --watch value is a URL, or else a file of URLs. */
  private List<String> watchedFeeds() {
    List<String> feeds = new ArrayList<>();
    for (String value : watch) {
      feeds.addAll(
          value.matches("(?i)[a-z][a-z0-9+.-]*://.*")
              ? FeedList.of(List.of(value), Optional.empty())
              : FeedList.of(List.of(), Optional.of(Path.of(value))));
    }
    return List.copyOf(new LinkedHashSet<>(feeds));
  }

  /** The watcher in a thread of its own; it stops with the server. */
  private void startWatching(Store opened, List<String> feeds) {
    Watcher watcher = watchOptions.watcher(opened, System.err);
    Thread thread =
        new Thread(
            () -> {
              try {
                watcher.run(feeds, Sleeper.REAL, () -> false);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping: nothing half-stored, see Store
              }
            },
            "sitrep-watch");
    thread.setDaemon(true);
    thread.start();
    System.err.println(
        "sitrep: watching "
            + feeds.size()
            + (feeds.size() == 1 ? " feed" : " feeds")
            + " every "
            + Watcher.human(watchOptions.every));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
