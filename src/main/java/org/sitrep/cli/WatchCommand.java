package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.Store;
import org.sitrep.watch.PollReport;
import org.sitrep.watch.Sleeper;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch FEED_URL...}: polls news feeds and keeps the store current. */
@Command(
    name = "watch",
    description = {
      "Polls RSS/Atom feeds over HTTP(S) and codes and stores their new items as `ingest` does"
          + " (articles stored already, by id or text, are skipped). Items carrying only a"
          + " summary are read from the page they link to. Feed state (validators, failures,"
          + " items seen) is kept in the store, so a restart resumes where it stopped. Undated"
          + " items are dated the day they are first seen (UTC)."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin WatchOptions options;

  @Parameters(paramLabel = "FEED_URL", arity = "0..*", description = "Feeds to watch.")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--feeds",
      paramLabel = "FILE",
      description = "A file of feed URLs, one a line (# starts a comment).")
  @Nullable Path feeds;

  @Option(
      names = "--once",
      description =
          "Poll every feed once (except those backing off after failures) and stop: for cron.")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    List<String> list = FeedList.of(urls, Optional.ofNullable(feeds));
    try (Store opened = store.open()) {
      System.err.println(
          "sitrep: watching "
              + list.size()
              + (list.size() == 1 ? " feed" : " feeds")
              + " into "
              + opened.describe()
              + (once ? ", once" : ", every " + Watcher.human(options.every)));
      Watcher watcher = options.watcher(opened, System.err);
      if (once) {
        PollReport report = watcher.poll(list, false);
        return report.failed() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
      }
      watcher.run(list, Sleeper.REAL, () -> false);
      return ExitCodes.OK;
    }
  }
}
