package org.sitrep.watch;

import java.util.Locale;

/**
 * What one poll cycle did, for its one-line summary: feeds polled, of which not modified and
 * failed, and the new items stored, already stored, refused for good, or left for the next poll.
 *
 * <pre>{@code new PollReport(3, 1, 0, 5, 1, 0, 0, 12).line()
 * // "3 feeds polled (1 not modified, 0 failed): 5 articles stored with 12 events, 1 already stored, 0 refused, 0 left to retry"}
 * </pre>
 */
public record PollReport(
    int feeds,
    int notModified,
    int failed,
    int stored,
    int duplicates,
    int refused,
    int retry,
    long events) {

  public static final PollReport NONE = new PollReport(0, 0, 0, 0, 0, 0, 0, 0);

  PollReport plus(PollReport o) {
    return new PollReport(
        feeds + o.feeds,
        notModified + o.notModified,
        failed + o.failed,
        stored + o.stored,
        duplicates + o.duplicates,
        refused + o.refused,
        retry + o.retry,
        events + o.events);
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "%d feed%s polled (%d not modified, %d failed): %d article%s stored with %d events,"
            + " %d already stored, %d refused, %d left to retry",
        feeds,
        feeds == 1 ? "" : "s",
        notModified,
        failed,
        stored,
        stored == 1 ? "" : "s",
        events,
        duplicates,
        refused,
        retry);
  }
}
