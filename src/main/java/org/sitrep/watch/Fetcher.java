package org.sitrep.watch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks for a feed or a page over HTTP(S) as {@link FetchPolicy} says: conditionally (ETag,
 * Last-Modified), within a time limit for the whole answer, reading at most a number of bytes,
 * following a bounded number of redirects itself so that every hop is checked by {@link
 * AddressGuard}, and through a {@link PolitenessGate} per host.
 *
 * <pre>{@code Fetched feed = fetcher.fetch(URI.create("https://example.org/world.rss"),
 *     Optional.of("\"v7\""), Optional.empty(), Fetcher.FEED);}</pre>
 */
public final class Fetcher {
  /** The Accept header for feeds. */
  static final String FEED =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  /** The Accept header for article pages. */
  static final String PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final PolitenessGate gate;
  private final HttpClient client;

  public Fetcher(FetchPolicy policy, Clock clock, Sleeper sleeper) {
    this(policy, clock, sleeper, InetAddress::getAllByName);
  }

  Fetcher(FetchPolicy policy, Clock clock, Sleeper sleeper, AddressGuard.Resolver resolver) {
    this.policy = policy;
    this.guard = new AddressGuard(policy.allowPrivate(), resolver);
    this.gate = new PolitenessGate(policy.hostInterval(), clock, sleeper);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * The answer to a GET of {@code uri} (any status but a redirect); a {@link FetchException} when
   * there is none: refused, timed out, too large, too many redirects, connection failed.
   */
  Fetched fetch(URI uri, Optional<String> etag, Optional<String> lastModified, String accept)
      throws FetchException {
    URI current = uri;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      guard.check(current);
      URI asked = current;
      HttpResponse<byte[]> response =
          gate.through(
              current.getHost(), () -> send(request(asked, etag, lastModified, accept), asked));
      if (!REDIRECTS.contains(response.statusCode())) {
        return new Fetched(
            current,
            response.statusCode(),
            response.body(),
            response.headers().firstValue("ETag"),
            response.headers().firstValue("Last-Modified"),
            response.headers().firstValue("Retry-After"));
      }
      current = next(current, response);
    }
    throw new FetchException(
        uri + ": more than " + policy.maxRedirects() + " redirects (a loop?)", true);
  }

  private HttpRequest request(
      URI uri, Optional<String> etag, Optional<String> lastModified, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(policy.timeout())
            .header("User-Agent", policy.userAgent())
            .header("Accept", accept);
    etag.ifPresent(value -> builder.header("If-None-Match", value));
    lastModified.ifPresent(value -> builder.header("If-Modified-Since", value));
    return builder.build();
  }

  /**
   * Sends and reads the whole answer within the timeout: the request's own timeout covers only the
   * wait for headers, so a body that trickles in is bounded here, by cancelling the exchange.
   */
  private HttpResponse<byte[]> send(HttpRequest request, URI uri) throws FetchException {
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(request, info -> new BoundedBody(policy.maxBytes(), info));
    try {
      return answer.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new FetchException(uri + ": no complete answer within " + seconds(), e);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(uri + ": interrupted", e);
    } catch (ExecutionException e) {
      throw failure(uri, e.getCause() == null ? e : e.getCause());
    }
  }

  private FetchException failure(URI uri, Throwable cause) {
    if (cause instanceof BoundedBody.TooLarge) {
      return new FetchException(uri + ": answer " + cause.getMessage(), true);
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(
          uri + ": could not connect within " + policy.connectTimeout().toSeconds() + " s", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException(uri + ": no answer within " + seconds(), cause);
    }
    if (cause instanceof IOException) {
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      return new FetchException(uri + ": connection failed: " + message, cause);
    }
    return new FetchException(uri + ": " + cause, cause);
  }

  private String seconds() {
    Duration t = policy.timeout();
    return t.toMillis() % 1000 == 0 ? t.toSeconds() + " s" : t.toMillis() + " ms";
  }

  private static URI next(URI from, HttpResponse<byte[]> response) throws FetchException {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new FetchException(
                        from + ": redirect " + response.statusCode() + " without a Location",
                        true));
    try {
      return from.resolve(new URI(location.strip()));
    } catch (URISyntaxException e) {
      throw new FetchException(from + ": redirect to a malformed URL: " + location, true);
    }
  }
}
