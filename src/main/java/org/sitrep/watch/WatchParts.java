package org.sitrep.watch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.Store;

/** What a poll works with: the store, the fetcher, the coder, the schedule, the clock, stderr. */
record WatchParts(
    Store store,
    Fetcher fetcher,
    Function<Article, CodedArticle> coder,
    Duration every,
    Backoff backoff,
    Clock clock,
    PrintStream err) {}
