package org.sitrep.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A response body collected up to a limit: a declared length over it is refused before a byte is
 * read, and a body that grows past it (no length, or a false one) is cancelled as soon as it does,
 * so a 20 MB answer costs at most the limit in memory.
 *
 * <pre>{@code client.sendAsync(request, info -> new BoundedBody(10_000_000, info))}</pre>
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body was larger than allowed; {@code declared} tells whether its header said so. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit, boolean declared) {
      super(
          (declared ? "declared larger than " : "larger than ")
              + limit
              + " bytes, the most sitrep reads of one answer");
    }
  }

  private final long limit;
  private final long declared;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.@Nullable Subscription subscription;

  BoundedBody(long limit, HttpResponse.ResponseInfo info) {
    this.limit = limit;
    this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declared > limit) {
      s.cancel();
      result.completeExceptionally(new TooLarge(limit, true));
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    Flow.Subscription s = subscription;
    if (s == null || result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : items) {
      if (bytes.size() + (long) buffer.remaining() > limit) {
        s.cancel();
        result.completeExceptionally(new TooLarge(limit, false));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    s.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}
