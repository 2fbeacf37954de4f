package org.sitrep.watch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP answer read whole: where it finally came from (after redirects), its status, body and the
 * headers the watcher reads. A 304's body is empty.
 *
 * <pre>{@code fetched.status() == 304   // not modified since the validators we sent}</pre>
 */
record Fetched(
    URI uri,
    int status,
    byte[] body,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<String> retryAfter) {

  Fetched {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }

  boolean notModified() {
    return status == 304;
  }

  /** 429 and 5xx: the server is busy or broken, so try later, not never. */
  boolean transientFailure() {
    return status == 429 || status >= 500;
  }
}
